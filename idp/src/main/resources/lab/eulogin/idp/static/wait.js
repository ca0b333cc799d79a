// Pages that wait for the EU Login app: ask the status address now and then, and once the status is
// no longer the waiting one, follow "Continue" (which works as a plain link without this script).
(function () {
  'use strict';
  var PERIOD_MS = 1000;
  var box = document.getElementById('waiting');
  var next = document.getElementById('continue');
  if (!box || !next || !window.fetch) { return; }
  var url = box.getAttribute('data-status-url');
  var waiting = box.getAttribute('data-waiting-status');

  function check() {
    fetch(url, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (body && body.status && body.status !== waiting) {
          window.location.assign(next.href);
          return;
        }
        setTimeout(check, PERIOD_MS);
      })
      .catch(function () { setTimeout(check, PERIOD_MS * 2); });
  }

  setTimeout(check, PERIOD_MS);
})();
