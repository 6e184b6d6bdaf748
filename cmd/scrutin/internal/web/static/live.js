// Live turnout: the vote page and the embedded widget poll the public API
// and update the count, the map's shading and the table. No JS, no update.
(function () {
  'use strict';
  var box = document.getElementById('turnout');
  if (!box || !box.dataset.live) return;
  var id = box.dataset.vote, total = document.getElementById('total');
  var tbody = document.querySelector('#deps tbody');
  function shade(n, max) { return n && max ? 1 + Math.floor(4 * n / max) : 0; }
  function update(t) {
    total.textContent = t.total;
    if (!tbody) return;
    var by = t.by_departement || {}, max = 0, code;
    for (code in by) if (by[code] > max) max = by[code];
    var rows = [];
    document.querySelectorAll('svg g[id^="dep-"]').forEach(function (p) {
      var c = p.id.slice(4), n = by[c] || 0;
      p.setAttribute('class', 's' + shade(n, max));
      p.querySelector('title').textContent = p.dataset.name + ' (' + c + ') : ' + n;
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
    tbody.replaceChildren.apply(tbody, rows);
  }
  function poll() {
    if (document.hidden) return;
    fetch('/api/v1/votes/' + encodeURIComponent(id) + '/turnout')
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (t) { if (t) update(t); })
      .catch(function () {});
  }
  setInterval(poll, 5000);
  document.addEventListener('visibilitychange', poll);
})();
