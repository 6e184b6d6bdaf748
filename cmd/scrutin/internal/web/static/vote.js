// The vote flow and the credential, on the platform's own origin. The
// private key is made in this browser (Go's crypto/ed25519 compiled to
// WebAssembly), kept in this origin's localStorage, and never sent: the
// server gets the public key, the encrypted ballot and its signature.
(function () {
  'use strict';
  var KEY = 'scrutin.credential', RECEIPTS = 'scrutin.receipts';
  var en = document.documentElement.lang === 'en';
  function T(fr, eng) { return en ? eng : fr; }
  var statusEl = document.getElementById('flow-status');
  function say(msg, bad) { statusEl.textContent = msg; statusEl.className = bad ? 'error' : ''; }
  function load(k) { try { return JSON.parse(localStorage.getItem(k || KEY)); } catch (e) { return null; } }
  function save(v, k) { localStorage.setItem(k || KEY, JSON.stringify(v)); }

  var wasm = null;
  function crypto() {
    if (!wasm) {
      wasm = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = '/static/wasm_exec.js';
        s.onerror = function () { reject(new Error('wasm_exec.js')); };
        s.onload = function () {
          var go = new Go();
          window.scrutinReady = function () { resolve(window.scrutin); };
          WebAssembly.instantiateStreaming(fetch('/static/scrutin.wasm'), go.importObject)
            .then(function (r) { go.run(r.instance); }, reject);
        };
        document.head.appendChild(s);
      });
    }
    return wasm;
  }
  function must(r) { if (r && r.error) throw new Error(r.error); return r; }
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

  // The vote page.
  var voter = document.getElementById('voter');
  if (voter && voter.dataset.status === 'open') {
    var id = voter.dataset.vote, start = document.getElementById('start');
    var form = document.getElementById('ballot');
    start.hidden = false;
    start.addEventListener('click', function () {
      start.hidden = true;
      document.getElementById('flow').hidden = false;
      var c = load();
      if (!c) { document.getElementById('noid').hidden = false; return; }
      document.getElementById('cred').textContent = c.credential.slice(0, 16) + '…';
      form.hidden = false;
      form.querySelector('input').focus();
      crypto(); // start loading while the voter chooses
    });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var choice = form.querySelector('input[name=choice]:checked');
      var c = load();
      if (!choice || !c) return;
      form.querySelector('button').disabled = true;
      say(T('Chiffrement du bulletin dans ce navigateur…', 'Encrypting the ballot in this browser…'));
      var sc, b;
      crypto().then(function (x) {
        sc = x;
        return api('GET', '/api/v1/votes/' + encodeURIComponent(id));
      }).then(function (vote) {
        b = must(sc.encrypt(JSON.stringify(vote), Number(choice.value), c.seed));
        document.body.dataset.encryptMs = b.ms;
        say(T('Bulletin chiffré en ', 'Ballot encrypted in ') + b.ms.toFixed(0) + ' ms. ' + T('Envoi…', 'Sending…'));
        return api('POST', '/api/v1/votes/' + encodeURIComponent(id) + '/ballots',
          { credential: c.credential, ballot: b.ballot, signature: b.signature });
      }).then(function (receipt) {
        var all = load(RECEIPTS) || {};
        all[receipt.tracking_code] = { vote: id, ballot: b.ballot, ms: b.ms, at: new Date().toISOString() };
        save(all, RECEIPTS);
        location.href = '/recu/' + receipt.tracking_code + (en ? '?lang=en' : '');
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
    if (c) {
      document.getElementById('cred').textContent = c.credential;
      document.getElementById('cred-district').textContent = c.district ? '(' + c.district + ')' : '';
    }
  }
  show();
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
    crypto().then(function (sc) {
      c = must(sc.newCredential());
      save({ format: 'scrutin-credential/1', credential: c.credential, seed: c.seed, district: district,
        next: identity.dataset.next || '' }, PENDING);
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
    crypto().then(function (sc) {
      c = must(sc.newCredential());
      return api('POST', '/api/v1/register', { credential: c.credential, district: district });
    }).then(function () {
      return pinLogKey({ format: 'scrutin-credential/1', credential: c.credential, seed: c.seed, district: district, registered: new Date().toISOString() });
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
  document.getElementById('import').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var rec;
    try { rec = JSON.parse(document.getElementById('import-text').value); } catch (e) { return fail(new Error(T('ce n\'est pas un fichier exporté', 'not an exported file'))); }
    crypto().then(function (sc) {
      var pub = must(sc.credential(String(rec.seed)));
      if (pub.credential !== rec.credential) throw new Error(T('clé privée et identifiant ne correspondent pas', 'private key and credential do not match'));
      return api('GET', '/api/v1/voters/' + rec.credential);
    }).then(function (v) {
      if (v.revoked) throw new Error(T('cet identifiant a été révoqué', 'this voting ID was revoked'));
      rec.district = v.district;
      return pinLogKey(rec);
    }).then(function (r) {
      save(r); show();
      say(T('Identifiant importé.', 'Voting ID imported.'));
    }).catch(fail);
  });
})();
