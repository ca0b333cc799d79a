package lab.eulogin.mail.api;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lab.eulogin.mail.client.MailMessage;
import lab.eulogin.mail.http.HttpProblem;
import lab.eulogin.mail.http.JsonEndpoint.Reply;
import lab.eulogin.mail.http.Params;
import lab.eulogin.mail.store.Folder;
import lab.eulogin.mail.store.MailQuery;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.MailboxSummary;
import lab.eulogin.mail.store.Page;
import lab.eulogin.mail.store.StoredMail;

/** The message endpoints: list, one, delete, purge, mailboxes. */
public final class MessagesApi {
    private final MailStore store;

    public MessagesApi(MailStore store) {
        this.store = store;
    }

    /**
     * GET /api/messages?to=&folder=&subject=&since=&page=&size= : newest last. Page 1 holds the
     * newest {@code size}; the headers say how many there are in all.
     */
    public List<MailMessage> list(HttpServerExchange exchange) {
        Page<StoredMail> page = store.find(query(exchange));
        exchange.getResponseHeaders()
                .put(HttpString.tryFromString("X-Total-Count"), page.total())
                .put(HttpString.tryFromString("X-Page"), page.page())
                .put(HttpString.tryFromString("X-Page-Size"), page.size())
                .put(HttpString.tryFromString("X-Pages"), page.pages());
        List<MailMessage> newestLast = new ArrayList<>(page.map(MessageViews::summary).items());
        Collections.reverse(newestLast);
        return newestLast;
    }

    /** GET /api/messages/{id} */
    public Object one(HttpServerExchange exchange) {
        return MessageViews.detail(find(exchange));
    }

    /** DELETE /api/messages/{id} */
    public Object delete(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        if (!store.delete(id)) {
            throw HttpProblem.notFound("No message " + id);
        }
        return Reply.noContent();
    }

    /** DELETE /api/messages */
    public Object purge(HttpServerExchange exchange) {
        return Map.of("deleted", store.purge());
    }

    /** GET /api/mailboxes */
    public List<MailboxSummary> mailboxes(HttpServerExchange exchange) {
        return store.mailboxes();
    }

    static MailQuery query(HttpServerExchange exchange) {
        try {
            return new MailQuery(Params.text(exchange, "to").orElse(null),
                    folder(exchange),
                    Params.text(exchange, "subject").orElse(null),
                    Params.instant(exchange, "since").orElse(null),
                    Params.intParam(exchange, "page").orElse(1),
                    Params.intParam(exchange, "size").orElse(MailQuery.DEFAULT_SIZE));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
    }

    static Folder folder(HttpServerExchange exchange) {
        try {
            return Params.text(exchange, "folder").map(Folder::parse).orElse(null);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
    }

    private StoredMail find(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        return store.get(id).orElseThrow(() -> HttpProblem.notFound("No message " + id));
    }
}
