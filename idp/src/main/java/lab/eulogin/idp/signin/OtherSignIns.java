package lab.eulogin.idp.signin;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.function.LongConsumer;

/**
 * Ends an account's sign-ins everywhere but in the browser at hand, once its password was changed
 * or reset, or every second factor deleted (PANIC): what a person does who fears someone else has
 * their credentials (OWASP ASVS 3.3.3). That is its single sign-on in other browsers, their
 * sessions of My Account, and what applications were given on them (OpenID Connect access tokens).
 */
public final class OtherSignIns {
    private final Web web;
    private final LoginFlow flow;
    private final LongConsumer revokeTokens;

    /** @param revokeTokens ends the access tokens issued on the account's sign-ins */
    public OtherSignIns(Web web, LoginFlow flow, LongConsumer revokeTokens) {
        this.web = web;
        this.flow = flow;
        this.revokeTokens = revokeTokens;
    }

    public void end(HttpServerExchange exchange, long accountId, BrowserSession keep) {
        web.signOutOthers(accountId, keep);
        flow.endOtherSso(exchange, accountId);
        revokeTokens.accept(accountId);
    }
}
