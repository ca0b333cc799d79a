package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.LoginRequest;
import lab.eulogin.idp.signin.LoginFlow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/login/identity-request}: "Warn me each time an application asks for my identity". The
 * sign-in sends the browser here instead of answering an application from single sign-on: "Continue"
 * answers it, "Cancel" leaves it unanswered and says so.
 */
public final class IdentityRequestHandler {
    private final Web web;
    private final LoginFlow flow;

    public IdentityRequestHandler(Web web, LoginFlow flow) {
        this.web = web;
        this.flow = flow;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        if (!Web.query(exchange, "cancel").isEmpty()) {
            Map<String, Object> model = new HashMap<>();
            flow.withholdIdentity(session).ifPresent(name -> model.put("serviceName", name));
            web.render(exchange, session, "identity-request-cancelled", model);
            return;
        }
        show(exchange, session, StatusCodes.OK, null);
    }

    /** "Continue", with the page's CSRF token and the address it asked about. */
    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, "session-expired");
            return;
        }
        flow.confirmIdentity(exchange, session, form.get("service"));
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        Optional<LoginRequest> asking = flow.identityAskedBy(exchange, session);
        if (asking.isEmpty()) {
            // Nothing waits for an answer: the sign-in says what there is to do.
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("serviceName", asking.get().serviceName());
        model.put("service", asking.get().service());
        model.put("message", message);
        web.render(exchange, session, status, "identity-request", model);
    }
}
