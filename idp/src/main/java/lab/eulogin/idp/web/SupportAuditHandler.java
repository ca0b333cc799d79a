package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.support.AuditAction;
import lab.eulogin.idp.support.SupportAudit;

import java.util.Map;

/** {@code /cas/support/audit}: who did what in the console, and when, newest first (FAQ HELP-02). */
public final class SupportAuditHandler {
    private static final int LINES = 200;

    private final SupportWeb web;
    private final Web userWeb;
    private final SupportAudit audit;

    public SupportAuditHandler(SupportWeb web, Web userWeb, SupportAudit audit) {
        this.web = web;
        this.userWeb = userWeb;
        this.audit = audit;
    }

    public void get(HttpServerExchange exchange) {
        web.requireStaff(exchange).ifPresent(signed -> {
            audit.record(signed.member().login(), AuditAction.VIEW_AUDIT, null, null, userWeb.client(exchange));
            web.render(exchange, signed.session(), "support-audit", Map.of("entries", audit.latest(LINES)));
        });
    }
}
