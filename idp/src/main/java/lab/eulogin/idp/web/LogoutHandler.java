package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.Map;

/** {@code /cas/logout}: "You have logged out of EU Login". */
final class LogoutHandler {
    private final Web web;

    LogoutHandler(Web web) {
        this.web = web;
    }

    void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        web.signOut(exchange, session);
        session.signOut();
        web.render(exchange, session, "logged-out", Map.of());
    }
}
