package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.passwords.PasswordChange;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.signin.OtherSignIns;

import java.util.HashMap;
import java.util.Map;

/** {@code /cas/userdata/changePassword.cgi}: "Change password" in My Account (FAQ PWD-04). */
public final class ChangePasswordHandler {
    private final Web web;
    private final AccountRepository accounts;
    private final PasswordChange passwordChange;
    private final OtherSignIns otherSignIns;

    public ChangePasswordHandler(Web web, AccountRepository accounts, PasswordChange passwordChange,
                                 OtherSignIns otherSignIns) {
        this.web = web;
        this.accounts = accounts;
        this.passwordChange = passwordChange;
        this.otherSignIns = otherSignIns;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.CHANGE_PASSWORD);
        if (session != null) {
            show(exchange, session, StatusCodes.OK, new FieldErrors(), null);
        }
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.CHANGE_PASSWORD);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, new FieldErrors(), "session-expired");
            return;
        }
        FieldErrors errors = passwordChange.change(accounts.findById(session.accountId()).orElseThrow(),
                form.get("currentPassword"), form.get("password"), form.get("passwordConfirm"));
        if (errors.isEmpty()) {
            otherSignIns.end(exchange, session.accountId(), session);
            show(exchange, session, StatusCodes.OK, errors, "account-updated");
        } else {
            show(exchange, session, StatusCodes.BAD_REQUEST, errors, null);
        }
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, FieldErrors errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors.asMap());
        model.put("message", message);
        web.render(exchange, session, status, "change-password", model);
    }
}
