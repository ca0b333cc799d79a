package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.Map;

/** {@code /cas/userdata/myAccount.cgi}: "My Account" and its menu. */
public final class MyAccountHandler {
    private final Web web;
    private final AccountRepository accounts;

    public MyAccountHandler(Web web, AccountRepository accounts) {
        this.web = web;
        this.accounts = accounts;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MY_ACCOUNT);
        if (session != null) {
            web.render(exchange, session, "my-account",
                    Map.of("account", accounts.findById(session.accountId()).orElseThrow()));
        }
    }
}
