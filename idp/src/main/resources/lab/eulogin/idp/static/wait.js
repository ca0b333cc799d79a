// Pages that wait for the EU Login app: ask the status address, which answers once the status is
// no longer the waiting one (or after a while), and then follow "Continue" (which works as a plain
// link without this script). An answer that came at once (the server was busy) is asked again only
// a second later.
(function () {
  'use strict';
  var PERIOD_MS = 1000;
  var box = document.getElementById('waiting');
  var next = document.getElementById('continue');
  if (!box || !next || !window.fetch) { return; }
  var waiting = box.getAttribute('data-waiting-status');
  var url = box.getAttribute('data-status-url') + '?while=' + encodeURIComponent(waiting);

  function check() {
    var asked = Date.now();
    fetch(url, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (body && body.status && body.status !== waiting) {
          window.location.assign(next.href);
          return;
        }
        setTimeout(check, Math.max(0, PERIOD_MS - (Date.now() - asked)));
      })
      .catch(function () { setTimeout(check, PERIOD_MS * 2); });
  }

  check();
})();
