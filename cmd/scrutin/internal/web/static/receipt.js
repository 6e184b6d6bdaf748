// The receipt check, in this browser: the checkpoint is signed by the log
// key (a C2SP signed note, Ed25519), the ballot's leaf is in the tree the
// checkpoint commits to, the entry at the receipt's index is this ballot,
// and once the vote is closed the ballot is in the closing checkpoint,
// which the latest extends. The checks are the Go client's (CheckReceipt),
// in JavaScript (voter.js, tested against the Go code).
// On the receipt page (/recu/…) it runs at load. On the vote page, which
// shows the receipt from the ballot's answer without loading /recu/…
// (one round trip less, docs/bench-web.md), the box is #check[data-live]:
// it runs when vote.js sets data-tracking and sends "scrutin:receipt", and
// it also shows the ballot's state (#state) as the API gives it.
(function () {
  'use strict';
  var box = document.getElementById('check');
  if (!box) return;
  var en = document.documentElement.lang === 'en';
  function T(fr, eng) { return en ? eng : fr; }
  var result = document.getElementById('check-result'), steps = document.getElementById('steps');
  var again = document.getElementById('recheck');
  var live = !!box.dataset.live, tracking = '';
  // The ballot's state for people: receiptState's rule (receipts.go), the
  // labels from the page (#receipt data-*).
  function showState(r) {
    var labels = document.getElementById('receipt'), el = document.getElementById('state');
    if (!live || !labels || !el) return;
    var k = r.state === 'promised' ? 'promised' : (r.status === 'revoked' || r.status === 'replaced') ? r.status
      : r.tallied ? 'tallied' : r.closing ? 'closing' : 'counted';
    el.dataset.state = k;
    el.firstElementChild.textContent = labels.dataset[k];
  }
  function step(msg, ok) {
    var li = document.createElement('li');
    li.textContent = (ok ? '✓ ' : '✗ ') + msg;
    li.className = ok ? 'ok' : 'error';
    steps.appendChild(li);
  }
  function getJSON(p) { return fetch(p).then(function (r) { if (!r.ok) throw new Error(p + ': HTTP ' + r.status); return r.json(); }); }
  function crypto() { return import('/static/voter.js'); }
  function run() {
    tracking = box.dataset.tracking;
    if (!tracking) return;
    steps.replaceChildren();
    again.hidden = true;
    box.dataset.result = '';
    result.textContent = T('Vérification en cours…', 'Checking…');
    var cred = null, pinned = null, stored = null;
    try { cred = JSON.parse(localStorage.getItem('scrutin.credential')); } catch (e) {}
    try { stored = (JSON.parse(localStorage.getItem('scrutin.receipts')) || {})[tracking]; } catch (e) {}
    if (cred) pinned = cred.log_key;
    var sc, rec, key;
    Promise.all([crypto(), getJSON('/api/v1/receipts/' + tracking), getJSON('/api/v1/log')]).then(function (a) {
      sc = a[0]; rec = a[1]; key = a[2].verifier_key;
      showState(rec);
      if (pinned && pinned !== key) throw new Error(T('la clé du journal a changé depuis votre inscription', 'the log key changed since you registered'));
      step(T('Clé du journal : ', 'Log key: ') + key + (pinned ? T(' (identique à celle notée à l\'inscription)', ' (same as noted at registration)') : ''), true);
      var r = sc.checkReceipt(rec, key);
      if (r.promised) {
        // Acknowledged, not yet in the Merkle log: the log's signed promise
        // of its position was checked; ask again for the proof.
        step(T('Promesse signée par la clé du journal : le bulletin sera à la position ', 'Promise signed by the log key: the ballot will be at position ') + rec.index, true);
        result.textContent = T('Bulletin reçu ; inscription dans le journal en cours…', 'Ballot received; being written into the log…');
        throw { retry: true };
      }
      step(T('Point de contrôle signé par la clé du journal (', 'Checkpoint signed by the log key (') + r.size + T(' entrées)', ' entries)'), true);
      step(T('Preuve d\'inclusion vérifiée : le bulletin est à la position ', 'Inclusion proof verified: the ballot is at position ') + rec.index, true);
      if (r.closed) step(T('Bulletin présent dans le point de contrôle de clôture, prolongé par le dernier', 'Ballot in the closing checkpoint, which the latest extends'), true);
      return getJSON('/api/v1/log/entries/' + rec.index);
    }).then(function (entry) {
      sc.checkEntry(entry.raw, tracking, rec.vote, rec.credential, stored ? stored.ballot : '');
      step(stored ? T('L\'entrée du journal est le bulletin chiffré envoyé par ce navigateur', 'The log entry is the encrypted ballot this browser sent')
        : T('L\'entrée du journal est un bulletin de ce vote et de cet identifiant', 'The log entry is a ballot of this vote and voting ID'), true);
      box.dataset.result = 'ok';
      result.textContent = T('Reçu vérifié : votre bulletin est dans le journal public.', 'Receipt verified: your ballot is in the public log.');
    }).catch(function (e) {
      if (e && e.retry) { setTimeout(run, 1000); throw e; }
      step(e.message, false);
      box.dataset.result = 'fail';
      // In plain words here; the exact reason is the last step, in the
      // technical details.
      result.textContent = T('La vérification a échoué : ce reçu ne correspond pas au journal public. Gardez ce code et signalez-le (page Vérifier) ; la raison exacte est dans les détails techniques.',
        'The check failed: this receipt does not match the public log. Keep this code and report it (Audit page); the exact reason is in the technical details.');
    }).then(function () { again.hidden = false; }, function () {});
  }
  again.addEventListener('click', run);
  if (live) document.addEventListener('scrutin:receipt', run);
  else run();
})();
