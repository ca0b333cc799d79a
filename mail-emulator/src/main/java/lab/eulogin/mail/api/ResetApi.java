package lab.eulogin.mail.api;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.mail.http.JsonEndpoint.Reply;
import lab.eulogin.mail.junk.JunkRules;
import lab.eulogin.mail.smtp.SmtpFaults;
import lab.eulogin.mail.store.MailStore;

/**
 * {@code POST /api/reset}: the emulator as it started, between two tests: no messages (ids keep
 * counting, so a wait from before never takes a later message), no junk rules, no SMTP fault.
 */
public final class ResetApi {
    private final MailStore store;
    private final JunkRules junk;
    private final SmtpFaults faults;

    public ResetApi(MailStore store, JunkRules junk, SmtpFaults faults) {
        this.store = store;
        this.junk = junk;
        this.faults = faults;
    }

    public Object reset(HttpServerExchange exchange) {
        faults.clear();
        junk.clear();
        store.purge();
        return Reply.noContent();
    }
}
