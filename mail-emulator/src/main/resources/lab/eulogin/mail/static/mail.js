// Keeps the mailbox pages current: waits on the API for the next message (a long request the
// server answers the moment mail arrives) and then redraws the list from the JSON API.
(function () {
  "use strict";
  var body = document.body;
  var WAIT = "PT25S";

  function json(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      if (!response.ok) { throw response; }
      return response.json();
    });
  }

  function utc(iso) {
    return iso.replace("T", " ").slice(0, 19) + " UTC";
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // Waits for mail after lastId (to one address, or any), calls onMail, and waits again.
  function follow(address, lastId, onMail) {
    var url = "/api/messages/next?after=" + lastId + "&timeout=" + WAIT +
      (address ? "&to=" + encodeURIComponent(address) : "");
    fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      if (response.status === 200) {
        return response.json().then(function (message) {
          return Promise.resolve(onMail(message)).then(function () { follow(address, message.id, onMail); });
        });
      }
      if (response.status === 408) { return follow(address, lastId, onMail); }
      throw response;
    }).catch(function () {
      setTimeout(function () { follow(address, lastId, onMail); }, 5000);
    });
  }

  function refreshMailbox() {
    var address = body.dataset.address;
    var folder = body.dataset.folder;
    var list = document.querySelector("[data-list=messages]");
    return Promise.all([
      json("/api/messages?to=" + encodeURIComponent(address) + "&folder=" + folder + "&size=" + body.dataset.pageSize),
      json("/api/mailboxes")
    ]).then(function (answers) {
      var messages = answers[0].slice().reverse(); // the API lists newest last; the page newest first
      list.replaceChildren.apply(list, messages.map(function (m) {
        var link = el("a", { href: "/message/" + m.id, "data-message-id": String(m.id) });
        link.append(el("span", { "class": "from" }, m.from),
          el("span", { "class": "subject" }, m.subject || "(no subject)"),
          el("time", { datetime: m.date }, utc(m.date)));
        var item = el("li");
        item.append(link);
        return item;
      }));
      document.querySelector("[data-msg=folder-empty]").hidden = messages.length > 0;
      answers[1].filter(function (m) { return m.address === address; }).forEach(function (m) {
        document.querySelector("[data-count=INBOX]").textContent = m.inbox;
        document.querySelector("[data-count=Junk]").textContent = m.junk;
      });
    });
  }

  function refreshIndex() {
    var table = document.querySelector("[data-list=mailboxes]");
    if (table.hasAttribute("data-filtered")) { return; }
    return json("/api/mailboxes").then(function (mailboxes) {
      var rows = mailboxes.map(function (m) {
        var row = el("tr");
        var cell = el("td");
        cell.append(el("a", { href: "/mailbox/" + encodeURIComponent(m.address), "data-mailbox": m.address }, m.address));
        row.append(cell, el("td", {}, String(m.inbox)), el("td", {}, String(m.junk)),
          el("td", {}, m.lastArrival ? utc(m.lastArrival) : ""));
        return row;
      });
      var tbody = table.querySelector("tbody");
      tbody.replaceChildren.apply(tbody, rows);
      var total = mailboxes.reduce(function (sum, m) { return sum + m.inbox + m.junk; }, 0);
      document.querySelector("[data-total]").textContent = total;
      document.querySelector("[data-total-noun]").textContent = total === 1 ? "message" : "messages";
      var empty = document.querySelector("[data-msg=no-mailboxes]");
      if (empty && rows.length) { empty.hidden = true; }
    });
  }

  if (body.dataset.page === "mailbox" && body.dataset.pageNumber === "1") {
    follow(body.dataset.address, body.dataset.lastId || "0", refreshMailbox);
  } else if (body.dataset.page === "mailbox-index") {
    json("/api/messages?size=1").then(function (newest) {
      follow(null, newest.length ? newest[0].id : 0, refreshIndex);
    }).catch(function () { /* the page still works without updates */ });
  }
})();
