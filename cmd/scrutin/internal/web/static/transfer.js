// Moving the voting ID to a phone with a QR code (docs/WEB.md, "The
// voting ID across devices", the QR code). On the registration page it
// draws, in this browser, a QR code of the link
//   ORIGIN/inscription/recevoir#1.CREDENTIAL.SEED
// (64 hexadecimal digits each): a URL's fragment is never sent to a
// server, so the seed stays between the two devices. On that page (the
// phone) it reads the fragment, removes it from the address and the
// history at once, checks that the seed gives the credential, that the
// credential is registered and not revoked, and keeps it in this
// browser, as an imported file would be.
(function () {
  'use strict';
  var KEY = 'scrutin.credential';
  var en = document.documentElement.lang === 'en';
  function T(fr, eng) { return en ? eng : fr; }
  function load() { try { return JSON.parse(localStorage.getItem(KEY)); } catch (e) { return null; } }
  var HEX64 = /^[0-9a-f]{64}$/;

  // The link a QR code carries, and its parser (the page and the tests
  // agree on this format: docs/WEB.md).
  function transferURL(c) { return location.origin + '/inscription/recevoir#1.' + c.credential + '.' + c.seed; }
  function parseFragment(h) {
    var m = /^#1\.([0-9a-f]{64})\.([0-9a-f]{64})$/.exec(h || '');
    return m ? { credential: m[1], seed: m[2] } : null;
  }

  // The registration page: the QR code, drawn on demand.
  var show = document.getElementById('qr-show');
  if (show) {
    var box = document.getElementById('qr-box'), hide = document.getElementById('qr-hide');
    var area = document.getElementById('qr-code'), qrStatus = document.getElementById('qr-status');
    show.hidden = false;
    var clear = function () {
      area.replaceChildren();
      box.hidden = true;
      show.setAttribute('aria-expanded', 'false');
    };
    show.addEventListener('click', function () {
      var c = load();
      if (!c || !HEX64.test(c.credential || '') || !HEX64.test(c.seed || '')) {
        qrStatus.textContent = T('Aucun identifiant sur cet appareil.', 'No voting ID on this device.');
        return;
      }
      import('/static/uqr.mjs').then(function (uqr) {
        var qr = uqr.encode(transferURL(c), { ecc: 'M', border: 4 });
        area.replaceChildren(drawSVG(qr));
        box.hidden = false;
        show.setAttribute('aria-expanded', 'true');
        hide.focus();
      }).catch(function (e) {
        qrStatus.textContent = T('Le code QR n\'a pas pu être dessiné : ', 'The QR code could not be drawn: ') + e.message;
      });
    });
    hide.addEventListener('click', function () { clear(); show.focus(); });
    // Out of sight, out of the page: the code goes when the tab is hidden.
    document.addEventListener('visibilitychange', function () { if (document.hidden) clear(); });
  }
  // drawSVG draws the modules as one path, black on white, crisp.
  function drawSVG(qr) {
    var NS = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(NS, 'svg'), bg = document.createElementNS(NS, 'rect'), p = document.createElementNS(NS, 'path');
    var d = [];
    for (var y = 0; y < qr.size; y++) {
      for (var x = 0; x < qr.size; x++) if (qr.data[y][x]) d.push('M' + x + ' ' + y + 'h1v1h-1z');
    }
    svg.setAttribute('viewBox', '0 0 ' + qr.size + ' ' + qr.size);
    svg.setAttribute('width', String(qr.size * 5));
    svg.setAttribute('height', String(qr.size * 5));
    svg.setAttribute('shape-rendering', 'crispEdges');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', T('Code QR de votre identifiant de vote', 'QR code of your voting ID'));
    svg.id = 'qr-svg';
    bg.setAttribute('width', '100%'); bg.setAttribute('height', '100%'); bg.setAttribute('fill', '#fff');
    p.setAttribute('d', d.join('')); p.setAttribute('fill', '#000');
    svg.appendChild(bg); svg.appendChild(p);
    return svg;
  }

  // The receiving page.
  var receive = document.getElementById('receive');
  if (!receive) return;
  var rx = parseFragment(location.hash);
  // First of all: the seed leaves the address bar and the history.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  var status = document.getElementById('receive-status');
  function say(msg, bad) {
    status.textContent = msg;
    status.className = bad ? 'error' : 'notice';
    receive.dataset.state = bad ? 'refused' : receive.dataset.state;
  }
  function api(path) {
    return fetch(path).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) { return { ok: r.ok, status: r.status, body: j }; });
    });
  }
  if (!rx) {
    say(T('Ce lien ne contient pas d\'identifiant de vote complet. Affichez de nouveau le code QR sur votre autre appareil et scannez-le.',
      'This link holds no complete voting ID. Show the QR code on your other device again and scan it.'), true);
    return;
  }
  // The seed must give the credential (Ed25519: the public key of the
  // seed). Browsers without Ed25519 in Web Crypto skip this check; the
  // server then refuses the first ballot's signature if they differ.
  function publicKey(seed) {
    var pkcs8 = new Uint8Array(48);
    pkcs8.set([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);
    for (var i = 0; i < 32; i++) pkcs8[16 + i] = parseInt(seed.substr(2 * i, 2), 16);
    return crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, true, ['sign'])
      .then(function (k) { return crypto.subtle.exportKey('jwk', k); })
      .then(function (j) {
        var b = atob(j.x.replace(/-/g, '+').replace(/_/g, '/'));
        var h = '';
        for (var i = 0; i < b.length; i++) h += (b.charCodeAt(i) < 16 ? '0' : '') + b.charCodeAt(i).toString(16);
        return h;
      }, function () { return null; }); // no Ed25519 in this browser's Web Crypto
  }
  var rec;
  say(T('Vérification de l\'identifiant…', 'Checking the voting ID…'));
  publicKey(rx.seed).then(function (pub) {
    if (pub !== null && pub !== rx.credential) throw new Error(T('la clé privée ne correspond pas à l\'identifiant (lien abîmé ?)', 'the private key does not match the voting ID (damaged link?)'));
    return api('/api/v1/voters/' + rx.credential);
  }).then(function (v) {
    if (v.status === 404) throw new Error(T('cet identifiant n\'est pas inscrit', 'this voting ID is not registered'));
    if (!v.ok) throw new Error(v.body.error || 'HTTP ' + v.status);
    if (v.body.revoked) throw new Error(T('cet identifiant a été révoqué : il ne permet plus de voter', 'this voting ID was revoked: it can no longer vote'));
    rec = { format: 'scrutin-credential/1', credential: rx.credential, seed: rx.seed, district: v.body.district, received: new Date().toISOString() };
    return api('/api/v1/log');
  }).then(function (l) {
    if (!l.ok) throw new Error(l.body.error || 'HTTP ' + l.status);
    rec.log_key = l.body.verifier_key;
    document.getElementById('receive-district').textContent = rec.district;
    var have = load();
    if (have && have.credential === rec.credential) return done(T('Cet identifiant est déjà sur cet appareil.', 'This voting ID is already on this device.'));
    if (have) {
      say(T('Un autre identifiant est déjà sur cet appareil. Le remplacer ? Sans export, l\'ancien y sera perdu.',
        'Another voting ID is already on this device. Replace it? Without an export, the old one is lost here.'));
      var b = document.getElementById('receive-replace');
      b.hidden = false;
      b.focus();
      b.addEventListener('click', function () { b.hidden = true; keep(); });
      return;
    }
    keep();
  }).catch(function (e) { say(T('Identifiant refusé : ', 'Voting ID refused: ') + e.message + '.', true); });
  function keep() {
    localStorage.setItem(KEY, JSON.stringify(rec));
    done(T('Identifiant enregistré sur cet appareil : vous pouvez voter ici.', 'Voting ID stored on this device: you can vote here.'));
  }
  function done(msg) {
    rx = null; // the seed is kept only in this browser's storage now
    say(msg);
    receive.dataset.state = 'kept';
    document.getElementById('receive-done').hidden = false;
    document.getElementById('receive-votes').focus();
  }
})();
