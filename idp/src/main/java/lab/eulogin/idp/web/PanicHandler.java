package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.devices.MobileApp;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.HashMap;
import java.util.Map;

/**
 * "Delete all my devices and eID (PANIC)" (FAQ APP-06): for a lost phone. A confirmation page
 * first, since nothing can bring the devices back; then every device is gone.
 */
final class PanicHandler {
    private final Web web;
    private final MobileApp app;

    PanicHandler(Web web, MobileApp app) {
        this.web = web;
        this.app = app;
    }

    void confirm(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MOBILE_PANIC);
        if (session != null) {
            show(exchange, session, StatusCodes.OK, null);
        }
    }

    void deleteAll(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MOBILE_PANIC);
        if (session == null) {
            return;
        }
        if (!web.csrfValid(web.form(exchange), session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, "session-expired");
            return;
        }
        app.panic(session.accountId());
        session.setPendingEnrolment(null);
        Web.redirect(exchange, Paths.MOBILE_DEVICES + "?done=panic");
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("count", app.devices().of(session.accountId()).size());
        model.put("message", message);
        web.render(exchange, session, status, "mobile-panic", model);
    }
}
