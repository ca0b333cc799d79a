// Keeps the page of phones up to date: asks the server for its version now and then, and when it
// changed, swaps in the fresh list of phones (keeping keyboard focus, never while someone types).
(function () {
  'use strict';
  var PERIOD_MS = 1500;

  function typing() {
    var el = document.activeElement;
    return el && el.tagName === 'INPUT' && el.type !== 'hidden' && el.value !== el.defaultValue;
  }

  // Each phone shows its newest text message, the last in its inbox, as a real phone does. One the
  // person scrolled up in stays where it was, until a new message comes.
  function inboxes() {
    var found = {};
    document.querySelectorAll('[data-phone] .sms-inbox').forEach(function (inbox) {
      found[inbox.closest('[data-phone]').id] = inbox;
    });
    return found;
  }

  function showNewest(before) {
    var now = inboxes();
    Object.keys(now).forEach(function (phone) {
      var inbox = now[phone];
      var was = before && before[phone];
      inbox.scrollTop = was && !was.atEnd && was.count === inbox.querySelectorAll('.sms').length
        ? was.top : inbox.scrollHeight;
    });
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    var freshPhones = fresh.getElementById('phones');
    var phones = document.getElementById('phones');
    if (!freshPhones || !phones) { return; }
    var focusedId = document.activeElement && document.activeElement.id;
    var before = {};
    var old = inboxes();
    Object.keys(old).forEach(function (phone) {
      var inbox = old[phone];
      before[phone] = { top: inbox.scrollTop, count: inbox.querySelectorAll('.sms').length,
        atEnd: inbox.scrollHeight - inbox.scrollTop - inbox.clientHeight < 2 };
    });
    phones.replaceWith(document.importNode(freshPhones, true));
    document.body.dataset.version = fresh.body.dataset.version;
    showNewest(before);
    if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again) { again.focus(); }
    }
  }

  showNewest(null);

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

// The EU Login app's camera on the page: a screenshot of a QR code, dropped on the app's scan area,
// pasted while it has focus, or chosen as a file, goes into its form and is sent at once.
(function () {
  'use strict';

  function send(form, file) {
    if (!form || !file || !/^image\//.test(file.type)) { return; }
    var reader = new FileReader();
    reader.onload = function () {
      form.querySelector('input[name=image]').value = reader.result;
      form.submit();
    };
    reader.readAsDataURL(file);
  }

  function zoneOf(element) {
    return element && element.closest ? element.closest('[data-qr-drop]') : null;
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('input[data-qr-file]') && event.target.files.length) {
      send(event.target.closest('form'), event.target.files[0]);
    }
  });
  document.addEventListener('dragover', function (event) {
    var zone = zoneOf(event.target);
    if (zone) { event.preventDefault(); zone.classList.add('is-over'); }
  });
  document.addEventListener('dragleave', function (event) {
    var zone = zoneOf(event.target);
    if (zone) { zone.classList.remove('is-over'); }
  });
  document.addEventListener('drop', function (event) {
    var zone = zoneOf(event.target);
    if (!zone) { return; }
    event.preventDefault();
    send(zone.closest('form'), event.dataTransfer.files[0]);
  });
  document.addEventListener('paste', function (event) {
    var zone = zoneOf(document.activeElement);
    if (!zone) {
      var zones = document.querySelectorAll('[data-qr-drop]');
      zone = zones.length === 1 ? zones[0] : null;
    }
    if (!zone || !event.clipboardData) { return; }
    var items = event.clipboardData.items;
    for (var i = 0; i < items.length; i++) {
      if (items[i].kind === 'file' && /^image\//.test(items[i].type)) {
        event.preventDefault();
        send(zone.closest('form'), items[i].getAsFile());
        return;
      }
    }
  });
})();
