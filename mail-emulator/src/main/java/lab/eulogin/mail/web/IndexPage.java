package lab.eulogin.mail.web;

import io.undertow.server.HttpServerExchange;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lab.eulogin.mail.http.Params;
import lab.eulogin.mail.junk.JunkRules;
import lab.eulogin.mail.smtp.SmtpFaults;
import lab.eulogin.mail.store.MailQuery;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.MailboxSummary;

/** GET / : the mailboxes with their counts, a search box, the junk rules and the purge button. */
public final class IndexPage implements PageEndpoint {
    private static final int SEARCH_RESULTS = 50;

    private final Pages pages;
    private final MailStore store;
    private final JunkRules junk;
    private final SmtpFaults faults;

    public IndexPage(Pages pages, MailStore store, JunkRules junk, SmtpFaults faults) {
        this.pages = pages;
        this.store = store;
        this.junk = junk;
        this.faults = faults;
    }

    @Override
    public void handle(HttpServerExchange exchange) {
        String query = Params.text(exchange, "q").orElse("");
        String needle = query.toLowerCase(Locale.ROOT);
        List<MailboxSummary> mailboxes = store.mailboxes().stream()
                .filter(mailbox -> mailbox.address().contains(needle))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("mailboxes", mailboxes.stream().map(m -> Map.of(
                "address", m.address(), "inbox", m.inbox(), "junk", m.junk(),
                "last", Rows.time(m.lastArrival()))).toList());
        model.put("total", store.size());
        if (!query.isEmpty()) {
            model.put("found", store.find(new MailQuery(null, null, query, null, 1, SEARCH_RESULTS))
                    .map(Rows::of).items());
        }
        model.put("rules", junk.all());
        model.put("fault", faults.current().kind().name().toLowerCase(Locale.ROOT));
        model.put("faultDelay", faults.current().delay().toString());
        pages.render(exchange, "index", model);
    }
}
