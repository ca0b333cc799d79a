package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.accounts.EmailChange;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code /cas/userdata/changeEmail.cgi} asks for the new address; {@code confirmEmail.cgi} is where
 * the link mailed to it leads (FAQ HELP-03).
 */
public final class ChangeEmailHandler {
    private final Web web;
    private final AccountRepository accounts;
    private final EmailChange emailChange;

    public ChangeEmailHandler(Web web, AccountRepository accounts, EmailChange emailChange) {
        this.web = web;
        this.accounts = accounts;
        this.emailChange = emailChange;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.CHANGE_EMAIL);
        if (session != null) {
            show(exchange, session, StatusCodes.OK, "", "", new FieldErrors(), null);
        }
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.CHANGE_EMAIL);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        String newEmail = form.get("newEmail");
        String confirmation = form.get("newEmailConfirm");
        if (!web.csrfValid(form, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, newEmail, confirmation, new FieldErrors(), "session-expired");
            return;
        }
        Account account = accounts.findById(session.accountId()).orElseThrow();
        FieldErrors errors = emailChange.request(account, newEmail, confirmation, form.get("currentPassword"));
        if (!errors.isEmpty()) {
            show(exchange, session, StatusCodes.BAD_REQUEST, newEmail, confirmation, errors, null);
            return;
        }
        web.render(exchange, session, "change-email-sent", Map.of("email", EmailAddresses.normalise(newEmail)));
    }

    public void confirm(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        EmailChange.Outcome outcome = emailChange.confirm(Web.query(exchange, "code"));
        if (outcome instanceof EmailChange.Outcome.Confirmed confirmed) {
            web.render(exchange, session, "email-changed", Map.of("email", confirmed.account().email()));
        } else if (outcome instanceof EmailChange.Outcome.LinkProblem problem) {
            web.render(exchange, session, StatusCodes.GONE, "link-invalid",
                    Map.of("reason", NewPasswordHandler.reason(problem.check())));
        } else {
            web.render(exchange, session, StatusCodes.CONFLICT, "link-invalid", Map.of("reason", "email-already-registered"));
        }
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, String newEmail,
                      String confirmation, FieldErrors errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", accounts.findById(session.accountId()).orElseThrow());
        model.put("newEmail", newEmail);
        model.put("newEmailConfirm", confirmation);
        model.put("errors", errors.asMap());
        model.put("message", message);
        web.render(exchange, session, status, "change-email", model);
    }
}
