package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.passwords.PasswordChange;
import lab.eulogin.idp.signin.LoginFlow;
import lab.eulogin.idp.signin.OtherSignIns;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code /cas/init/passwordExpired.cgi}: staff and retiree passwords expire after 6 months and must
 * be changed before going on (FAQ SIGN-12). Reached only after the right password was typed.
 */
public final class PasswordExpiredHandler {
    private final Web web;
    private final AccountRepository accounts;
    private final PasswordChange passwordChange;
    private final LoginFlow flow;
    private final OtherSignIns otherSignIns;

    public PasswordExpiredHandler(Web web, AccountRepository accounts, PasswordChange passwordChange, LoginFlow flow,
                                  OtherSignIns otherSignIns) {
        this.web = web;
        this.accounts = accounts;
        this.passwordChange = passwordChange;
        this.flow = flow;
        this.otherSignIns = otherSignIns;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        if (session.expiredPasswordAccountId() == null) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        show(exchange, session, StatusCodes.OK, new FieldErrors(), null);
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form form = web.form(exchange);
        Long accountId = session.expiredPasswordAccountId();
        if (accountId == null) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        if (!web.csrfValid(form, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, new FieldErrors(), "session-expired");
            return;
        }
        Account account = accounts.findById(accountId).orElseThrow();
        FieldErrors errors = passwordChange.change(account, form.get("currentPassword"), form.get("password"),
                form.get("passwordConfirm"));
        if (!errors.isEmpty()) {
            show(exchange, session, StatusCodes.BAD_REQUEST, errors, null);
            return;
        }
        otherSignIns.end(exchange, accountId, session);
        flow.complete(exchange, session, account);
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, FieldErrors errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors.asMap());
        model.put("message", message);
        web.render(exchange, session, status, "password-expired", model);
    }
}
