package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.Strength;
import lab.eulogin.idp.signin.AccountMethods;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code /cas/userdata/accountDetails.cgi}: "My account details", with the verification methods
 * the account has; a new account has the password alone (FAQ ACC-12). Never the password itself.
 * Right after a sign-in, for an account that asked to see them then ("View my EU Login account
 * details after logging me in"), with "Continue" to where the sign-in was going.
 */
public final class AccountDetailsHandler {
    private final Web web;
    private final AccountRepository accounts;
    private final AccountMethods methods;

    public AccountDetailsHandler(Web web, AccountRepository accounts, AccountMethods methods) {
        this.web = web;
        this.accounts = accounts;
        this.methods = methods;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.ACCOUNT_DETAILS);
        if (session != null) {
            show(exchange, session, StatusCodes.OK, null);
        }
    }

    /** "Continue" after a sign-in: on to the application (its ticket or code made now) or the page that asked. */
    public void proceed(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.ACCOUNT_DETAILS);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, "session-expired");
            return;
        }
        String next = session.continueTo();
        session.setContinueTo(null);
        Web.redirect(exchange, next == null ? Paths.MY_ACCOUNT : next);
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        var account = accounts.findById(session.accountId()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("created", Web.time(account.createdAt(), session.locale()));
        model.put("passwordChanged", account.passwordChangedAt() == null ? ""
                : Web.time(account.passwordChangedAt(), session.locale()));
        // The same list, in the same order, as the support console shows for this account (SIGN-13).
        model.put("methods", methods.of(account.id()).stream().sorted().map(Strength::name).toList());
        model.put("afterSignIn", session.continueTo() != null);
        model.put("message", message);
        web.render(exchange, session, status, "account-details", model);
    }
}
