package lab.eulogin.mail.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import lab.eulogin.mail.http.HttpProblem;
import lab.eulogin.mail.http.Params;
import lab.eulogin.mail.junk.JunkRules;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.StoredMail;

/** The page forms that change state, each checked for its CSRF token, each ending in a redirect. */
public final class FormActions {
    private final MailStore store;
    private final JunkRules junk;

    public FormActions(MailStore store, JunkRules junk) {
        this.store = store;
        this.junk = junk;
    }

    /** POST /purge */
    public void purge(HttpServerExchange exchange) throws Exception {
        PageEndpoint.form(exchange);
        store.purge();
        PageEndpoint.redirect(exchange, "/");
    }

    /** POST /junk-rules (kind=address|sender, value) */
    public void addJunkRule(HttpServerExchange exchange) throws Exception {
        FormData form = PageEndpoint.form(exchange);
        String value = PageEndpoint.field(form, "value");
        if (value.isEmpty()) {
            throw HttpProblem.badRequest("Type the address or sender the rule is for.");
        }
        switch (PageEndpoint.field(form, "kind")) {
            case "address" -> junk.addAddress(value);
            case "sender" -> junk.addSender(value);
            default -> throw HttpProblem.badRequest("A junk rule is for an address or a sender.");
        }
        PageEndpoint.redirect(exchange, "/#junk-rules");
    }

    /** POST /junk-rules/{id}/delete */
    public void removeJunkRule(HttpServerExchange exchange) throws Exception {
        PageEndpoint.form(exchange);
        junk.remove(Params.id(exchange, "id"));
        PageEndpoint.redirect(exchange, "/#junk-rules");
    }

    /** POST /message/{id}/delete */
    public void deleteMessage(HttpServerExchange exchange) throws Exception {
        PageEndpoint.form(exchange);
        long id = Params.id(exchange, "id");
        StoredMail mail = store.get(id).orElseThrow(() -> HttpProblem.notFound("There is no message " + id + "."));
        store.delete(id);
        PageEndpoint.redirect(exchange, "/mailbox/" + URLEncoder.encode(mail.mailbox(), StandardCharsets.UTF_8)
                + "?folder=" + mail.folder().label());
    }
}
