// The vote flow and the credential, on the platform's own origin. The
// private key is made in this browser (voter.js: Ed25519 and the ballot's
// ristretto255 encryption in JavaScript, checked against the Go reference),
// kept in this origin's localStorage, and never sent: the server gets the
// public key, the encrypted ballot and its signature.
// The private seed comes either from the browser's random generator or
// from a passkey's PRF output (docs/WEB.md, "The voting ID across
// devices"), so that the person's passkey manager carries it.
(function () {
  'use strict';
  var KEY = 'scrutin.credential', RECEIPTS = 'scrutin.receipts';
  var en = document.documentElement.lang === 'en';
  function T(fr, eng) { return en ? eng : fr; }
  var statusEl = document.getElementById('flow-status');
  function say(msg, bad) { statusEl.textContent = msg; statusEl.className = bad ? 'error' : ''; }
  function load(k) { try { return JSON.parse(localStorage.getItem(k || KEY)); } catch (e) { return null; } }
  function save(v, k) { localStorage.setItem(k || KEY, JSON.stringify(v)); }

  // The voter's cryptography (voter.js, docs/WEB.md): an ES module of
  // 21 KB gzipped, loaded once, when a vote may be cast from this page.
  var voterModule = null;
  function crypto() {
    if (!voterModule) {
      voterModule = import('/static/voter.js');
      voterModule.catch(function () { voterModule = null; });
    }
    return voterModule;
  }
  function api(method, path, body) {
    return fetch(path, {
      method: method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) throw new Error(j.error || 'HTTP ' + r.status);
        return j;
      });
    });
  }
  function fail(e) { say(T('Échec : ', 'Failed: ') + e.message, true); }

  // Passkeys: the seed is the WebAuthn PRF extension's output for the
  // fixed salt SHA-256("scrutin/credential-seed/v1"), 32 bytes, used as
  // the Ed25519 seed. The challenge is random and checked by no one: the
  // passkey is only a key store here, the server never sees it.
  var PRF_LABEL = 'scrutin/credential-seed/v1';
  function passkeys() {
    return !!(window.PublicKeyCredential && navigator.credentials && window.isSecureContext && window.TextEncoder);
  }
  function rand(n) { return window.crypto.getRandomValues(new Uint8Array(n)); }
  function hex(buf) {
    return Array.prototype.map.call(new Uint8Array(buf), function (x) { return (x < 16 ? '0' : '') + x.toString(16); }).join('');
  }
  // unb64u decodes a passkey's id (base64url) into its rawId.
  function unb64u(s) {
    var b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '=='.slice(0, (4 - s.length % 4) % 4));
    return Uint8Array.from(b, function (ch) { return ch.charCodeAt(0); });
  }
  // seedOf gives the seed of the device's voting ID: the stored one, or,
  // for a voting ID kept without it ("ne pas garder mon identifiant sur
  // cet appareil", docs/WEB.md), the PRF output of its passkey, asked now
  // (one confirmation on the device) and held only in this call's
  // closure: never stored. It checks the seed gives the credential.
  function seedOf(c, sc) {
    if (c.seed) return Promise.resolve(c.seed);
    if (!c.passkey || !passkeys()) return Promise.reject(new Error(T('cet identifiant est gardé dans une clé d\'accès, que ce navigateur ne sait pas utiliser',
      'this voting ID is kept in a passkey, which this browser cannot use')));
    say(T('Confirmez avec votre clé d\'accès sur votre appareil…', 'Confirm with your passkey on your device…'));
    return passkeyGet(unb64u(c.passkey)).then(function (p) {
      if (sc.credential(p.seed).credential !== c.credential) throw new Error(T('cette clé d\'accès ne donne pas l\'identifiant de cet appareil', 'this passkey does not give this device\'s voting ID'));
      return p.seed;
    }, function (e) {
      if (e && e.name === 'NotAllowedError') throw new Error(T('la clé d\'accès n\'a pas été confirmée ; rien n\'a été envoyé. Réessayez.', 'the passkey was not confirmed; nothing was sent. Try again.'));
      throw e;
    });
  }
  function prfSalt() { return window.crypto.subtle.digest('SHA-256', new TextEncoder().encode(PRF_LABEL)); }
  function noPRF() {
    return new Error(T('ce gestionnaire de clés d\'accès ne sait pas dériver un identifiant de vote (extension PRF absente). Utilisez le fichier exporté, ou un autre gestionnaire.',
      'this passkey manager cannot derive a voting ID (no PRF extension). Use the exported file, or another passkey manager.'));
  }
  function prfSeed(pk) {
    var e = pk.getClientExtensionResults ? pk.getClientExtensionResults() : {};
    var out = e.prf && e.prf.results && e.prf.results.first;
    return out && out.byteLength >= 32 ? hex(new Uint8Array(out).slice(0, 32)) : '';
  }
  // passkeyGet asks the passkey manager for a passkey of this site (the
  // one made here when rawId is given, any otherwise) and its PRF output.
  function passkeyGet(rawId) {
    return prfSalt().then(function (salt) {
      return navigator.credentials.get({ publicKey: {
        challenge: rand(32), userVerification: 'required',
        allowCredentials: rawId ? [{ type: 'public-key', id: rawId }] : [],
        extensions: { prf: { eval: { first: salt } } }
      } });
    }).then(function (pk) {
      var seed = prfSeed(pk);
      if (!seed) throw noPRF();
      return { seed: seed, passkey: pk.id };
    });
  }
  // passkeyCreate makes a discoverable passkey for this site and returns
  // its PRF output (at creation when the manager gives it, else by
  // asking for the new passkey once).
  function passkeyCreate(district) {
    return prfSalt().then(function (salt) {
      return navigator.credentials.create({ publicKey: {
        rp: { name: 'Scrutin' },
        user: { id: rand(16), name: T('Identifiant de vote', 'Voting ID') + ' ' + district, displayName: T('Identifiant de vote', 'Voting ID') + ' ' + district },
        challenge: rand(32),
        pubKeyCredParams: [{ type: 'public-key', alg: -8 }, { type: 'public-key', alg: -7 }, { type: 'public-key', alg: -257 }],
        authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
        extensions: { prf: { eval: { first: salt } } }
      } });
    }).then(function (pk) {
      var e = pk.getClientExtensionResults ? pk.getClientExtensionResults() : {};
      if (!e.prf || e.prf.enabled === false) throw noPRF();
      var seed = prfSeed(pk);
      return seed ? { seed: seed, passkey: pk.id } : passkeyGet(pk.rawId);
    });
  }
  // newKeys makes the voting ID's key pair: from a new passkey when the
  // voter asked for one (asked first, while the click still counts as the
  // voter's gesture), else from the browser's random generator.
  function newKeys(district) {
    var use = document.getElementById('use-passkey');
    if (!(use && use.checked && passkeys())) {
      return crypto().then(function (sc) { return sc.newCredential(); });
    }
    say(T('Confirmez la création de la clé d\'accès sur votre appareil…', 'Confirm the passkey on your device…'));
    var p;
    return passkeyCreate(district).then(function (x) {
      p = x;
      return crypto();
    }).then(function (sc) {
      var c = sc.credential(p.seed);
      return { credential: c.credential, seed: p.seed, passkey: p.passkey };
    });
  }

  // The vote page.
  var voter = document.getElementById('voter');
  if (voter && voter.dataset.status === 'open') {
    var id = voter.dataset.vote, start = document.getElementById('start');
    var form = document.getElementById('ballot');
    // The vote's parameters, as the API gives them (election_key,
    // options): from the page itself (data-election-key, the options'
    // radio buttons), else asked once.
    var voteParams = null;
    var params = function () {
      if (!voteParams) {
        var key = voter.dataset.electionKey;
        var opts = Array.prototype.map.call(form.querySelectorAll('input[name=choice]'), function (r) { return r.labels[0].textContent; });
        voteParams = /^[0-9a-f]{64}$/.test(key || '') && opts.length >= 2 ? Promise.resolve({ id: id, options: opts, election_key: key })
          : api('GET', '/api/v1/votes/' + encodeURIComponent(id));
        voteParams.catch(function () { voteParams = null; });
      }
      return voteParams;
    };
    // A browser that holds a voting ID prepares its ballot while the page
    // loads (voter.js is preloaded) and the voter chooses: the randomness
    // and every point that does not depend on the choice (voter.js,
    // prepare), so that the ballot itself is quick. It checks the stored
    // seed on the way.
    var readied = false;
    var ready = function () {
      var c = load();
      if (!c || !c.seed || readied) return; // without a stored seed, the ballot is made at submit
      readied = true;
      Promise.all([crypto(), params()]).then(function (x) {
        if (x[0].credential(c.seed).credential !== c.credential) {
          say(T('L\'identifiant de cet appareil est abîmé : importez-le à nouveau.', 'This device\'s voting ID is damaged: import it again.'), true);
          return;
        }
        x[0].prepare(x[1], c.seed);
      }).catch(function () {});
    };
    ready();
    start.hidden = false;
    start.addEventListener('click', function () {
      start.hidden = true;
      document.getElementById('flow').hidden = false;
      var c = load();
      if (!c) { document.getElementById('noid').hidden = false; return; }
      document.getElementById('cred').textContent = c.credential.slice(0, 16) + '…';
      form.hidden = false;
      form.querySelector('input').focus();
      ready(); // while the voter chooses
    });
    // The receipt, shown here from the ballot's answer rather than by
    // loading /recu/… (a round trip less on a slow network,
    // docs/bench-web.md); /recu/… stays its durable, shareable page, linked
    // from here. receipt.js checks it in this page (#check[data-live]).
    var showReceipt = function (r) {
      var box = document.getElementById('receipt'), code = r.tracking_code;
      form.hidden = true;
      say('');
      document.getElementById('tracking').textContent = code;
      document.getElementById('words').textContent = r.words || '';
      document.getElementById('index').textContent = String(r.index);
      var st = document.getElementById('state'), k = r.state === 'promised' ? 'promised' : 'counted';
      st.dataset.state = k;
      st.firstElementChild.textContent = box.dataset[k];
      document.getElementById('receipt-link').href = '/recu/' + code + (en ? '?lang=en' : '');
      box.hidden = false;
      box.dataset.tracking = code;
      box.focus();
      var check = document.getElementById('check');
      check.dataset.tracking = code;
      // The check (receipt.js) once the receipt is on screen.
      setTimeout(function () { document.dispatchEvent(new Event('scrutin:receipt')); });
    };
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var choice = form.querySelector('input[name=choice]:checked');
      var c = load();
      if (!choice || !c) return;
      form.querySelector('button').disabled = true;
      say(T('Chiffrement du bulletin dans ce navigateur…', 'Encrypting the ballot in this browser…'));
      var sc, b, vp;
      Promise.all([crypto(), params()]).then(function (x) {
        sc = x[0]; vp = x[1];
        return seedOf(c, sc);
      }).then(function (seed) {
        say(T('Chiffrement du bulletin dans ce navigateur…', 'Encrypting the ballot in this browser…'));
        b = sc.encrypt(vp, Number(choice.value), seed);
        document.body.dataset.encryptMs = b.ms;
        say(T('Bulletin chiffré en ', 'Ballot encrypted in ') + b.ms.toFixed(0) + ' ms. ' + T('Envoi…', 'Sending…'));
        return api('POST', '/api/v1/votes/' + encodeURIComponent(id) + '/ballots',
          { credential: c.credential, ballot: b.ballot, signature: b.signature });
      }).then(function (receipt) {
        var all = load(RECEIPTS) || {};
        all[receipt.tracking_code] = { vote: id, ballot: b.ballot, ms: b.ms, at: new Date().toISOString() };
        save(all, RECEIPTS);
        showReceipt(receipt);
      }).catch(function (e) { form.querySelector('button').disabled = false; fail(e); });
    });
  }

  // The registration page.
  var identity = document.getElementById('identity');
  if (!identity) return;
  function show() {
    var c = load();
    document.getElementById('have-none').hidden = !!c;
    document.getElementById('have').hidden = !c;
    var noseed = !!(c && !c.seed);
    document.getElementById('noseed-note').hidden = !noseed;
    // Nothing to export or to move by QR code: the seed is not here.
    document.getElementById('export').hidden = noseed;
    var qr = document.getElementById('qr-show');
    if (qr && noseed) qr.hidden = true;
    if (c) {
      document.getElementById('cred').textContent = c.credential;
      document.getElementById('cred-district').textContent = c.district ? '(' + c.district + ')' : '';
    }
  }
  show();
  document.addEventListener('DOMContentLoaded', show); // after transfer.js shows its button
  // The voting ID's record as this device keeps it: without the seed when
  // the voter asked not to keep it here (a passkey gives it again at each
  // vote).
  var noseedBox = document.getElementById('passkey-noseed'), useBox = document.getElementById('use-passkey');
  if (noseedBox) {
    noseedBox.addEventListener('change', function () { if (noseedBox.checked) useBox.checked = true; });
    useBox.addEventListener('change', function () { if (!useBox.checked) noseedBox.checked = false; });
  }
  function record(c, district, extra) {
    var r = { format: 'scrutin-credential/1', credential: c.credential, seed: c.seed, district: district, passkey: c.passkey };
    if (c.passkey && noseedBox && noseedBox.checked) delete r.seed;
    for (var k in extra) r[k] = extra[k];
    return r;
  }
  function pinLogKey(c) {
    return api('GET', '/api/v1/log').then(function (l) { c.log_key = l.verifier_key; return c; });
  }
  // Identity-checked registration (OpenID Connect): the key pair is made
  // here first and kept aside as pending; the server binds its public key
  // to the login at the identity provider, which sends the browser back to
  // this page with the outcome (#oidc-result).
  // Where the voter votes: the constituency picked among the commune
  // search's answers, or typed by its code.
  function chosenDistrict() {
    var r = document.querySelector('#where input[name=district]:checked');
    if (r) return r.value;
    var sel = document.getElementById('district-code');
    return sel ? sel.value : '';
  }
  function needDistrict() {
    var d = chosenDistrict();
    if (!d) {
      say(T('Choisissez d\'abord votre circonscription (étape 1).', 'Choose your constituency first (step 1).'), true);
      document.getElementById('commune').focus();
    }
    return d;
  }
  // The commune search, as you type (the form also works without JS, as
  // a GET of this page).
  var search = document.getElementById('commune-search'), results = document.getElementById('commune-results');
  var timer = null, asked = '';
  function ordinal(n) { return en ? 'constituency ' + n : n + (n === 1 ? 're' : 'e') + ' circonscription'; }
  function render(ans) {
    results.replaceChildren();
    if (!ans.communes.length) {
      var p = document.createElement('p');
      p.className = 'error'; p.id = 'commune-none';
      p.textContent = T('Aucune commune ne correspond. Vérifiez l\'orthographe, ou choisissez votre circonscription dans la liste ci-dessous.',
        'No commune matches. Check the spelling, or choose your constituency from the list below.');
      results.appendChild(p);
      return;
    }
    var fs = document.createElement('fieldset'), lg = document.createElement('legend');
    fs.id = 'district-choice';
    lg.textContent = T('Choisissez votre circonscription', 'Choose your constituency');
    fs.appendChild(lg);
    if (ans.communes.some(function (c) { return c.partial; })) {
      var note = document.createElement('p');
      note.className = 'muted'; note.id = 'partial-note';
      note.textContent = T('Une commune « en partie » est partagée entre plusieurs circonscriptions : celle de votre adresse figure sur votre carte électorale.',
        'A commune “in part” is split between several constituencies: your voter card shows the one for your address.');
      fs.appendChild(note);
    }
    ans.communes.forEach(function (c, i) {
      var div = document.createElement('div'), input = document.createElement('input'), label = document.createElement('label');
      var b = document.createElement('strong');
      div.className = 'option';
      input.type = 'radio'; input.name = 'district'; input.id = 'district-' + i; input.value = c.district;
      label.htmlFor = input.id;
      b.textContent = c.commune;
      label.appendChild(b);
      label.appendChild(document.createTextNode((c.partial ? T(' (en partie)', ' (in part)') : '') + ' — ' + c.departement + ', ' + ordinal(c.number)));
      div.appendChild(input); div.appendChild(label); fs.appendChild(div);
    });
    results.appendChild(fs);
    if (ans.more) {
      var m = document.createElement('p');
      m.className = 'muted';
      m.textContent = T('D\'autres communes correspondent : précisez le nom.', 'More communes match: type more of the name.');
      results.appendChild(m);
    }
  }
  function lookup() {
    var q = document.getElementById('commune').value.trim();
    if (q.length < 2 || q === asked) return;
    asked = q;
    api('GET', '/inscription/communes?q=' + encodeURIComponent(q)).then(function (ans) {
      if (q === asked) render(ans);
    }).catch(fail);
  }
  if (search) {
    search.addEventListener('submit', function (ev) { ev.preventDefault(); asked = ''; lookup(); });
    document.getElementById('commune').addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 250);
    });
  }

  var PENDING = 'scrutin.pending';
  var oidcForm = document.getElementById('register-oidc');
  if (oidcForm) oidcForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (load() && !confirm(T('Remplacer l\'identifiant de cet appareil ? Exportez-le d\'abord si vous voulez le garder.',
      'Replace this device\'s voting ID? Export it first if you want to keep it.'))) return;
    var district = needDistrict(), c;
    if (!district) return;
    oidcForm.querySelector('button').disabled = true;
    say(T('Création de l\'identifiant…', 'Making the voting ID…'));
    newKeys(district).then(function (k) {
      c = k;
      save(record(c, district, { next: identity.dataset.next || '' }), PENDING);
      return api('POST', '/api/v1/register/oidc', { credential: c.credential, district: district });
    }).then(function (r) {
      say(T('Redirection vers le fournisseur d\'identité…', 'Going to the identity provider…'));
      location.href = r.authorization_url;
    }).catch(function (e) { oidcForm.querySelector('button').disabled = false; localStorage.removeItem(PENDING); fail(e); });
  });
  var result = document.getElementById('oidc-result');
  if (result) {
    var pend = load(PENDING);
    localStorage.removeItem(PENDING);
    if (result.dataset.result === 'ok' && pend && pend.credential === result.dataset.credential) {
      var next = pend.next;
      delete pend.next;
      pend.district = result.dataset.district;
      pend.registered = new Date().toISOString();
      pinLogKey(pend).then(function (rec) {
        save(rec); show();
        say(T('Inscrit. Votre identifiant est enregistré dans ce navigateur.', 'Registered. Your voting ID is stored in this browser.'));
        if (next && next.indexOf('/votes/') === 0) {
          var a = document.createElement('a');
          a.className = 'button'; a.id = 'next'; a.href = next;
          a.textContent = T('Retour au vote', 'Back to the vote');
          document.getElementById('have').appendChild(a);
        }
      }).catch(fail);
    } else if (result.dataset.result === 'ok') {
      say(T('Cet identifiant a été inscrit depuis un autre navigateur : importez-le ici.', 'This voting ID was registered from another browser: import it here.'), true);
    }
  }
  var demoForm = document.getElementById('register');
  if (demoForm) demoForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (load() && !confirm(T('Remplacer l\'identifiant de cet appareil ? Exportez-le d\'abord si vous voulez le garder.',
      'Replace this device\'s voting ID? Export it first if you want to keep it.'))) return;
    var district = needDistrict(), c;
    if (!district) return;
    say(T('Création de l\'identifiant…', 'Making the voting ID…'));
    newKeys(district).then(function (k) {
      c = k;
      return api('POST', '/api/v1/register', { credential: c.credential, district: district });
    }).then(function () {
      return pinLogKey(record(c, district, { registered: new Date().toISOString() }));
    }).then(function (rec) {
      save(rec);
      show();
      say(T('Inscrit. Votre identifiant est enregistré dans ce navigateur.', 'Registered. Your voting ID is stored in this browser.'));
      var next = document.getElementById('next');
      (next || document.getElementById('export')).focus();
    }).catch(fail);
  });
  document.getElementById('export').addEventListener('click', function () {
    var blob = new Blob([JSON.stringify(load(), null, 1)], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'scrutin-identifiant.json';
    document.body.appendChild(a); a.click(); a.remove();
  });
  document.getElementById('forget').addEventListener('click', function () {
    if (!confirm(T('Oublier l\'identifiant ? Sans export, il est perdu.', 'Forget the voting ID? Without an export, it is lost.'))) return;
    localStorage.removeItem(KEY);
    show();
  });
  // adopt checks a voting ID found in a file or a passkey — the seed
  // gives the credential, which is registered and not revoked — and
  // keeps it on this device.
  function adopt(rec, done) {
    return crypto().then(function (sc) {
      var pub = sc.credential(String(rec.seed));
      if (pub.credential !== rec.credential) throw new Error(T('clé privée et identifiant ne correspondent pas', 'private key and credential do not match'));
      return api('GET', '/api/v1/voters/' + rec.credential).catch(function () {
        throw new Error(T('cet identifiant n\'est pas inscrit', 'this voting ID is not registered'));
      });
    }).then(function (v) {
      if (v.revoked) throw new Error(T('cet identifiant a été révoqué', 'this voting ID was revoked'));
      rec.district = v.district;
      return pinLogKey(rec);
    }).then(function (r) {
      save(r); show();
      say(done);
    }).catch(fail);
  }
  function importText(text) {
    var rec;
    try { rec = JSON.parse(text); } catch (e) { return fail(new Error(T('ce n\'est pas un fichier exporté', 'not an exported file'))); }
    if (!rec || typeof rec !== 'object') return fail(new Error(T('ce n\'est pas un fichier exporté', 'not an exported file')));
    adopt(rec, T('Identifiant importé.', 'Voting ID imported.'));
  }
  var importFile = document.getElementById('import-file');
  function readFile() {
    var f = importFile.files && importFile.files[0];
    if (!f) return false;
    var rd = new FileReader();
    rd.onload = function () { importText(String(rd.result)); };
    rd.onerror = function () { fail(new Error(T('fichier illisible', 'unreadable file'))); };
    rd.readAsText(f);
    return true;
  }
  importFile.addEventListener('change', readFile);
  document.getElementById('import').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var text = document.getElementById('import-text').value.trim();
    if (text) return importText(text);
    if (!readFile()) fail(new Error(T('choisissez le fichier exporté ou collez son contenu', 'choose the exported file or paste its contents')));
  });
  // A voting ID made with a passkey on another device: the passkey
  // manager gives the same PRF output, hence the same seed.
  if (passkeys()) {
    document.getElementById('passkey-opt').hidden = false;
    document.getElementById('passkey-get').hidden = false;
    document.getElementById('passkey-recover').addEventListener('click', function () {
      if (load() && !confirm(T('Remplacer l\'identifiant de cet appareil ? Exportez-le d\'abord si vous voulez le garder.',
        'Replace this device\'s voting ID? Export it first if you want to keep it.'))) return;
      say(T('Confirmez avec votre clé d\'accès sur votre appareil…', 'Confirm with your passkey on your device…'));
      var p;
      passkeyGet(null).then(function (x) {
        p = x;
        return crypto();
      }).then(function (sc) {
        var c = sc.credential(p.seed);
        adopt({ format: 'scrutin-credential/1', credential: c.credential, seed: p.seed, passkey: p.passkey },
          T('Identifiant retrouvé avec votre clé d\'accès.', 'Voting ID found with your passkey.'));
      }).catch(fail);
    });
  }
})();
