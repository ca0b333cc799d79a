package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.Strength;
import lab.eulogin.idp.signin.AccountMethods;

import java.util.Map;

/**
 * {@code /cas/userdata/accountDetails.cgi}: "My account details", with the verification methods
 * the account has; a new account has the password alone (FAQ ACC-12). Never the password itself.
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
            var account = accounts.findById(session.accountId()).orElseThrow();
            web.render(exchange, session, "account-details", Map.of(
                    "account", account,
                    "created", Web.time(account.createdAt()),
                    "passwordChanged", account.passwordChangedAt() == null ? "" : Web.time(account.passwordChangedAt()),
                    // The same list, in the same order, as the support console shows for this account (SIGN-13).
                    "methods", methods.of(account.id()).stream().sorted().map(Strength::name).toList()));
        }
    }
}
