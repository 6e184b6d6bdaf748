// The widget tells the page that frames it its height (so the frame fits
// its content) and its title (the vote's question), by postMessage; the
// host's embed.js, or the snippet in docs/WEB.md, sets them on the iframe.
(function () {
  'use strict';
  if (window.parent === window) return;
  var last = 0;
  function send() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: 'scrutin:embed', height: h, title: document.title }, '*');
  }
  send();
  window.addEventListener('load', send);
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
})();
