package lab.eulogin.mail.api;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.mail.smtp.MailServer;
import lab.eulogin.mail.store.MailStore;

/** GET /api/health : ready once SMTP, IMAP and the web are up (which is before start() returns). */
public final class HealthApi {
    private final MailStore store;
    private final MailServer server;

    public HealthApi(MailStore store, MailServer server) {
        this.store = store;
        this.server = server;
    }

    /** @param waiting requests waiting for their next message right now */
    public record Health(String status, int messages, int waiting, int smtpPort, int imapPort) {
    }

    public Health health(HttpServerExchange exchange) {
        return new Health("UP", store.size(), store.waiting(), server.smtpPort(), server.imapPort());
    }
}
