package lab.eulogin.idp.protocol;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.http.Web;

import java.util.HashMap;
import java.util.Map;
import lab.eulogin.idp.signin.LoginFlow;

/**
 * {@code /cas/logout}: ends the single sign-on and the browser's sign-in, then "You have logged out
 * of EU Login", or back to {@code service} (or CAS 2's {@code url}) when a registered service
 * claims that address, and only then.
 */
public final class LogoutHandler {
    private final Web web;
    private final LoginFlow flow;
    private final ServiceRegistry registry;

    public LogoutHandler(Web web, LoginFlow flow, ServiceRegistry registry) {
        this.web = web;
        this.flow = flow;
        this.registry = registry;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        flow.signOut(exchange, session);
        String target = Web.query(exchange, "service");
        if (target.isEmpty()) {
            target = Web.query(exchange, "url");
        }
        if (!target.isEmpty() && registry.find(target).isPresent()) {
            Web.redirect(exchange, target);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        if (!target.isEmpty()) {
            model.put("message", "logout-service-unknown");
        }
        web.render(exchange, session, "logged-out", model);
    }
}
