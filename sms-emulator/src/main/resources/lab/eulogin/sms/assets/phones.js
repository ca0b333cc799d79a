// Keeps the page of phones up to date: asks the server for its version now and then, and when it
// changed, swaps in the fresh list of phones (keeping keyboard focus, never while someone types).
(function () {
  'use strict';
  var PERIOD_MS = 1500;

  function typing() {
    var el = document.activeElement;
    return el && el.tagName === 'INPUT' && el.type !== 'hidden' && el.value !== el.defaultValue;
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    var freshPhones = fresh.getElementById('phones');
    var phones = document.getElementById('phones');
    if (!freshPhones || !phones) { return; }
    var focusedId = document.activeElement && document.activeElement.id;
    phones.replaceWith(document.importNode(freshPhones, true));
    document.body.dataset.version = fresh.body.dataset.version;
    if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again) { again.focus(); }
    }
  }

  function check() {
    fetch('/api/version', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        if (String(body.version) === document.body.dataset.version || typing()) { return null; }
        return fetch('/', { cache: 'no-store' })
          .then(function (response) { return response.text(); })
          .then(swap);
      })
      .catch(function () { /* the emulator may be restarting; try again later */ })
      .then(function () { setTimeout(check, PERIOD_MS); });
  }

  setTimeout(check, PERIOD_MS);
})();
