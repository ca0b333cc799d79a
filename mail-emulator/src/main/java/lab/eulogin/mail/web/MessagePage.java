package lab.eulogin.mail.web;

import io.undertow.server.HttpServerExchange;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lab.eulogin.mail.http.HttpProblem;
import lab.eulogin.mail.http.Params;
import lab.eulogin.mail.message.Links;
import lab.eulogin.mail.message.MailContent;
import lab.eulogin.mail.message.MailParser;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.StoredMail;

/**
 * GET /message/{id}?view=text|html|raw|narrow : one message. The text view makes every URL a link;
 * the HTML view shows the HTML body in a sandboxed frame (no scripts; its links open a new tab, out
 * of the sandbox); the narrow view shows the text as a 76-column mail program would, long links split.
 */
public final class MessagePage implements PageEndpoint {
    private static final List<String> VIEWS = List.of("text", "html", "raw", "narrow");
    /** Before the mail's own HTML, so it is the document's first base element with a target. */
    private static final String NEW_TAB = "<base target=\"_blank\">";

    private final Pages pages;
    private final MailStore store;

    public MessagePage(Pages pages, MailStore store) {
        this.pages = pages;
        this.store = store;
    }

    @Override
    public void handle(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        String view = Params.text(exchange, "view").orElse("text");
        if (!VIEWS.contains(view)) {
            throw HttpProblem.badRequest("Unknown view '" + view + "': use text, html, raw or narrow.");
        }
        StoredMail mail = store.get(id).orElseThrow(() -> HttpProblem.notFound("There is no message " + id
                + " (any more): it may have been deleted or purged."));
        MailContent content = MailParser.content(mail.raw());
        String text = content.text() == null ? "" : content.text();
        Map<String, Object> model = new HashMap<>();
        model.put("message", Rows.of(mail));
        model.put("to", String.join(", ", mail.to()));
        model.put("view", view);
        model.put("hasText", content.text() != null);
        model.put("hasHtml", content.html() != null);
        model.put("links", content.links());
        model.put("attachments", content.attachments());
        switch (view) {
            // Its links open in a new tab: in the frame they could not go anywhere (the IdP's pages refuse frames).
            case "html" -> model.put("html", content.html() == null ? "" : NEW_TAB + content.html());
            case "raw" -> model.put("raw", new String(mail.raw(), StandardCharsets.UTF_8));
            case "narrow" -> model.put("segments", Links.segments(NarrowClient.wrap(text, NarrowClient.COLUMNS)));
            default -> model.put("segments", Links.segments(text));
        }
        pages.render(exchange, "message", model);
    }
}
