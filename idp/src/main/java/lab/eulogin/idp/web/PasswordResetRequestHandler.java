package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.passwords.PasswordLinks;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.Map;

/** {@code /cas/init/passwordResetRequest.cgi}: "Lost your password?" (FAQ PWD-01, ACC-10). */
public final class PasswordResetRequestHandler {
    private final Web web;
    private final PasswordLinks passwords;

    public PasswordResetRequestHandler(Web web, PasswordLinks passwords) {
        this.web = web;
        this.passwords = passwords;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        String email = session.pendingEmail() == null ? "" : session.pendingEmail();
        web.render(exchange, session, "password-reset-request", Map.of("email", email));
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form form = web.form(exchange);
        String typed = form.get("email");
        String email = EmailAddresses.normalise(typed);
        String problem = !web.csrfValid(form, session) ? "session-expired"
                : email.isEmpty() ? "email-required"
                : !EmailAddresses.isValid(email) ? "email-invalid"
                : null;
        if (problem == null) {
            if (passwords.requestReset(email)) {
                web.render(exchange, session, "password-reset-sent", Map.of("email", email));
                return;
            }
            problem = "account-locked-no-reset";
        }
        web.render(exchange, session, StatusCodes.BAD_REQUEST, "password-reset-request",
                Map.of("email", typed, "message", problem));
    }
}
