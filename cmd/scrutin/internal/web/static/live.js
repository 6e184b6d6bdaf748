// Live turnout: the vote page, the embedded widget and the home page's
// vote cards poll the public API and update the count (and, on the vote
// page, the map's shading and the table). No JS, no update.
(function () {
  'use strict';
  function shade(n, max) { return n && max ? 1 + Math.floor(4 * n / max) : 0; }
  function map(t) {
    var tbody = document.querySelector('#deps tbody');
    if (!tbody) return;
    var by = t.by_departement || {}, max = 0, code;
    for (code in by) if (by[code] > max) max = by[code];
    var rows = [];
    document.querySelectorAll('svg g[id^="dep-"]').forEach(function (p) {
      var c = p.id.slice(4), n = by[c] || 0;
      p.setAttribute('class', 's' + shade(n, max));
      p.querySelector('title').textContent = p.dataset.name + ' (' + c + ')' + (document.documentElement.lang === 'en' ? ': ' : '\u00a0: ') + n;
    });
    Object.keys(by).sort().forEach(function (c) {
      var p = document.getElementById('dep-' + c);
      var tr = document.createElement('tr'), th = document.createElement('th'), td = document.createElement('td');
      tr.dataset.dep = c;
      th.scope = 'row';
      th.textContent = (p ? p.dataset.name : c) + ' (' + c + ')';
      td.textContent = by[c];
      tr.appendChild(th); tr.appendChild(td); rows.push(tr);
    });
    if (rows.length) tbody.replaceChildren.apply(tbody, rows); // else the "none yet" row stays
  }
  // Each live box: #turnout (vote page, widget) with #total, or a home
  // card [data-turnout] with .total.
  var boxes = [];
  var main = document.getElementById('turnout');
  if (main && main.dataset.live) boxes.push({ id: main.dataset.vote, total: document.getElementById('total'), map: true });
  document.querySelectorAll('[data-turnout][data-live]').forEach(function (b) {
    boxes.push({ id: b.dataset.turnout, total: b.querySelector('.total') });
  });
  if (!boxes.length) return;
  function poll() {
    if (document.hidden) return;
    boxes.forEach(function (b) {
      fetch('/api/v1/votes/' + encodeURIComponent(b.id) + '/turnout')
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (t) { if (!t) return; b.total.textContent = t.total; if (b.map) map(t); })
        .catch(function () {});
    });
  }
  setInterval(poll, 5000);
  document.addEventListener('visibilitychange', poll);
})();
