package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.Authentication;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/login}: the sign-in box. First the e-mail address and NEXT, then the password
 * (FAQ SIGN-01); the step is kept in the session, so a reload shows the same step.
 */
final class LoginHandler {
    private final Web web;
    private final Authentication authentication;
    private final AccountRepository accounts;

    LoginHandler(Web web, Authentication authentication, AccountRepository accounts) {
        this.web = web;
        this.authentication = authentication;
        this.accounts = accounts;
    }

    void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        if (!Web.query(exchange, "restart").isEmpty()) {
            session.setPendingEmail(null);
        }
        if (session.accountId() != null) {
            showSignedIn(exchange, session);
        } else if (session.pendingEmail() != null) {
            showPassword(exchange, session, StatusCodes.OK, Map.of());
        } else {
            web.render(exchange, session, "login-identifier", Map.of("username", ""));
        }
    }

    void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            web.render(exchange, session, StatusCodes.FORBIDDEN, "login-identifier",
                    Map.of("username", form.get("username"), "message", "session-expired"));
            return;
        }
        if ("password".equals(form.get("step")) && session.pendingEmail() != null) {
            checkPassword(exchange, session, form.get("password"));
        } else {
            identify(exchange, session, form.get("username"));
        }
    }

    private void identify(HttpServerExchange exchange, BrowserSession session, String typed) {
        String email = EmailAddresses.normalise(typed);
        String problem = null;
        if (email.isEmpty()) {
            problem = "email-required";
        } else if (!EmailAddresses.isValid(email)) {
            problem = "email-invalid";
        } else {
            Optional<Account> account = authentication.identify(email);
            if (account.isEmpty()) {
                problem = "account-unknown";
            } else if (!account.get().activated()) {
                problem = "account-not-activated";
            }
        }
        if (problem != null) {
            web.render(exchange, session, "login-identifier", Map.of("username", typed, "message", problem));
            return;
        }
        session.setPendingEmail(email);
        Web.redirect(exchange, Paths.LOGIN);
    }

    private void checkPassword(HttpServerExchange exchange, BrowserSession session, String password) {
        Authentication.Outcome outcome = authentication.checkPassword(session.pendingEmail(), password);
        if (outcome instanceof Authentication.Outcome.Success success) {
            web.signIn(exchange, session, success.account().id());
            Web.redirect(exchange, Paths.LOGIN);
        } else if (outcome instanceof Authentication.Outcome.WrongPassword) {
            showPassword(exchange, session, StatusCodes.OK, Map.of("message", "password-incorrect"));
        } else {
            // The account went away between the two steps: start again.
            session.setPendingEmail(null);
            web.render(exchange, session, "login-identifier", Map.of("username", "", "message", "account-unknown"));
        }
    }

    private void showPassword(HttpServerExchange exchange, BrowserSession session, int status, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("email", session.pendingEmail());
        authentication.identify(session.pendingEmail()).ifPresent(a -> model.put("kind", a.kind().name()));
        web.render(exchange, session, status, "login-password", model);
    }

    private void showSignedIn(HttpServerExchange exchange, BrowserSession session) {
        Optional<Account> account = accounts.findById(session.accountId());
        if (account.isEmpty()) {
            session.signOut();
            web.render(exchange, session, "login-identifier", Map.of("username", ""));
            return;
        }
        web.render(exchange, session, "login-success", Map.of("account", account.get()));
    }
}
