// The maps of split communes on the registration page (circomap.go):
// when the commune search, as you type (vote.js), lists a commune split
// between constituencies, this asks the server for their map and shows
// it under the list, which stays the control. Without JavaScript, the
// search is a GET of the page, which draws the maps itself.
(function () {
  'use strict';
  var results = document.getElementById('commune-results'), maps = document.getElementById('commune-maps');
  var input = document.getElementById('commune');
  if (!results || !maps || !input || !window.MutationObserver) return;
  var shown = null;
  new MutationObserver(function () {
    var q = input.value.trim();
    if (!document.getElementById('partial-note')) { maps.replaceChildren(); shown = null; return; }
    if (q === shown) return;
    shown = q;
    fetch('/inscription/carte?q=' + encodeURIComponent(q) + (document.documentElement.lang === 'en' ? '&lang=en' : ''))
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (h) { if (shown === q) maps.innerHTML = h; })
      .catch(function () { maps.replaceChildren(); });
  }).observe(results, { childList: true });
})();
