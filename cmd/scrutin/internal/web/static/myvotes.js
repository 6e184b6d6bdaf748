// "Mes votes": the receipts this browser kept (localStorage
// "scrutin.receipts", written by vote.js), newest first, each with its
// state read from the public API. The state rule is receiptState's
// (receipts.go); the labels come from the page (#myvotes data-*).
(function () {
  'use strict';
  var box = document.getElementById('myvotes');
  if (!box) return;
  var list = document.getElementById('receipts'), status = document.getElementById('myvotes-status');
  var lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
  var all = {};
  try { all = JSON.parse(localStorage.getItem('scrutin.receipts')) || {}; } catch (e) {}
  var codes = Object.keys(all).sort(function (a, b) { return (all[b].at || '').localeCompare(all[a].at || ''); });
  if (!codes.length) {
    var p = document.createElement('p');
    p.id = 'myvotes-none';
    p.textContent = box.dataset.none;
    box.appendChild(p);
    return;
  }
  function state(r) {
    if (r.state === 'promised') return 'promised';
    if (r.status === 'revoked' || r.status === 'replaced') return r.status;
    if (r.tallied) return 'tallied';
    if (r.closing) return 'closing';
    return 'counted';
  }
  status.hidden = false;
  var pending = codes.length;
  codes.forEach(function (code) {
    var rec = all[code];
    var li = document.createElement('li'), h = document.createElement('h2'), a = document.createElement('a');
    var st = document.createElement('p'), when = document.createElement('p'), c = document.createElement('p');
    li.className = 'receipt-item';
    li.dataset.tracking = code;
    a.href = '/votes/' + encodeURIComponent(rec.vote) + (lang === 'en' ? '?lang=en' : '');
    a.textContent = rec.vote;
    h.appendChild(a);
    st.className = 'state';
    when.className = 'muted';
    when.textContent = box.dataset.when + ' ' + (rec.at ? new Date(rec.at).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR') : '?');
    var link = document.createElement('a');
    link.href = '/recu/' + code + (lang === 'en' ? '?lang=en' : '');
    link.textContent = box.dataset.open;
    var cc = document.createElement('code');
    cc.className = 'hash';
    cc.textContent = code;
    c.appendChild(document.createTextNode(box.dataset.code + (lang === 'en' ? ': ' : '\u00a0: ')));
    c.appendChild(cc);
    c.appendChild(document.createTextNode(' · '));
    c.appendChild(link);
    li.appendChild(h); li.appendChild(st); li.appendChild(when); li.appendChild(c);
    list.appendChild(li);
    Promise.all([
      fetch('/api/v1/receipts/' + code).then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); }),
      fetch('/api/v1/votes/' + encodeURIComponent(rec.vote)).then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; })
    ]).then(function (a2) {
      var r = a2[0], v = a2[1];
      var k = state(r);
      li.dataset.state = k;
      var b = document.createElement('strong');
      b.textContent = box.dataset[k];
      st.replaceChildren(b);
      if (v && v.question) a.textContent = v.question;
    }).catch(function (e) {
      li.dataset.state = 'error';
      st.textContent = e.message;
      st.className = 'state error';
    }).then(function () {
      if (--pending === 0) status.hidden = true;
    });
  });
})();
