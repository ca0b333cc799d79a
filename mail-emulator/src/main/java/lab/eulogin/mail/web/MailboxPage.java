package lab.eulogin.mail.web;

import io.undertow.server.HttpServerExchange;
import java.util.HashMap;
import java.util.Map;
import lab.eulogin.mail.http.HttpProblem;
import lab.eulogin.mail.http.Params;
import lab.eulogin.mail.store.Addresses;
import lab.eulogin.mail.store.Folder;
import lab.eulogin.mail.store.MailQuery;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.MailboxSummary;
import lab.eulogin.mail.store.Page;
import lab.eulogin.mail.store.StoredMail;

/** GET /mailbox/{address}?folder=&page= : one address's Inbox or Junk, newest first, paged. */
public final class MailboxPage implements PageEndpoint {
    static final int PAGE_SIZE = 50;

    private final Pages pages;
    private final MailStore store;

    public MailboxPage(Pages pages, MailStore store) {
        this.pages = pages;
        this.store = store;
    }

    @Override
    public void handle(HttpServerExchange exchange) {
        String address = Addresses.key(Params.required(exchange, "address"));
        Folder folder;
        try {
            folder = Params.text(exchange, "folder").map(Folder::parse).orElse(Folder.INBOX);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
        int page = Params.intParam(exchange, "page").orElse(1);
        if (page < 1) {
            throw HttpProblem.badRequest("Pages count from 1.");
        }
        Page<Rows.Row> rows = store.find(new MailQuery(address, folder, null, null, page, PAGE_SIZE)).map(Rows::of);
        MailboxSummary counts = store.mailboxes().stream()
                .filter(mailbox -> mailbox.address().equals(address))
                .findFirst()
                .orElse(new MailboxSummary(address, 0, 0, null));
        Map<String, Object> model = new HashMap<>();
        model.put("address", address);
        model.put("folder", folder.label());
        model.put("inbox", counts.inbox());
        model.put("junk", counts.junk());
        model.put("rows", rows.items());
        model.put("page", rows.page());
        model.put("pages", rows.pages());
        model.put("newer", rows.hasNewer());
        model.put("older", rows.hasOlder());
        // The page follows new mail in either folder (counts change), so it waits after the newest of all.
        model.put("lastId", store.find(new MailQuery(address, null, null, null, 1, 1)).items().stream()
                .mapToLong(StoredMail::id).findFirst().orElse(0));
        model.put("pageSize", PAGE_SIZE);
        pages.render(exchange, "mailbox", model);
    }
}
