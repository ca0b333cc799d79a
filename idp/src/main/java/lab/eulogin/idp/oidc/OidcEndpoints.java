package lab.eulogin.idp.oidc;

import io.undertow.server.HttpHandler;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.protocol.CasEndpoints;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.http.Web;

import java.time.Clock;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The OpenID Connect provider's parts, made once: beside CAS, on the same registry, accounts,
 * sign-in flow and single sign-on. The JSON endpoints answer through {@link OAuthJson}.
 */
public final class OidcEndpoints {
    private final SigningKeys keys;
    private final HttpHandler discovery;
    private final HttpHandler jwks;
    private final HttpHandler authorize;
    private final HttpHandler token;
    private final HttpHandler introspect;
    private final HttpHandler userInfo;
    private final HttpHandler logout;
    private final HttpHandler confirmLogout;
    private final Runnable forgetGrants;
    private final LongConsumer revokeTokensOf;

    /** @param base the IdP's public address, known once the port is bound */
    public OidcEndpoints(Web web, CasEndpoints cas, AccountRepository accounts, Database database, Clock clock,
                         OidcPolicy policy, Supplier<String> base) {
        OidcUrls urls = new OidcUrls(base);
        this.keys = new SigningKeys(database, clock, policy.rsaKeyBits());
        AuthorizationCodes codes = new AuthorizationCodes(clock, policy.codeLifetime(), policy.accessTokenLifetime());
        AccessTokens tokens = new AccessTokens(clock, policy.accessTokenLifetime());
        this.revokeTokensOf = accountId -> {
            codes.takeAllOf(accountId).forEach(tokens::revoke);
            tokens.revokeAllOf(accountId);
        };
        ClientAuthenticator clients = new ClientAuthenticator(cas.registry(), urls, clock);
        IdTokens idTokens = new IdTokens(keys, clock, policy.idTokenLifetime());
        this.discovery = OAuthJson.handler(new DiscoveryHandler(urls)::get);
        this.jwks = OAuthJson.handler(new JwksHandler(keys)::get);
        IdTokenHints hints = new IdTokenHints(keys, urls);
        this.authorize = new AuthorizeHandler(web, cas.flow(), cas.registry(), codes, accounts, hints, urls, clock)::get;
        this.token = OAuthJson.handler(new TokenHandler(clients, codes, tokens, idTokens, accounts, urls)::post);
        this.introspect = OAuthJson.handler(new IntrospectionHandler(clients, tokens, accounts, urls)::post);
        this.userInfo = OAuthJson.handler(new UserInfoHandler(tokens, accounts, urls)::answer);
        EndSessionHandler endSession = new EndSessionHandler(web, cas.flow(), cas.registry(), accounts, hints);
        this.logout = endSession::get;
        this.confirmLogout = endSession::post;
        this.forgetGrants = () -> {
            codes.clear();
            tokens.clear();
            clients.forgetAssertions();
        };
    }

    /**
     * Forgets every code, access token and used client assertion (the lab's reset between tests);
     * the signing keys stay, as they are the provider's, not a test's.
     */
    public void forgetGrants() {
        forgetGrants.run();
    }

    /**
     * Ends the access tokens issued on the account's sign-ins (its sign-ins elsewhere were ended), and
     * its codes not yet redeemed, which would otherwise still bring new ones. A token being minted
     * from one of its codes at this very moment is refused too: the code's family is revoked.
     */
    public void revokeTokensOf(long accountId) {
        revokeTokensOf.accept(accountId);
    }

    /** The signing keys, for the operator's rotation. */
    public SigningKeys keys() {
        return keys;
    }

    public HttpHandler discovery() {
        return discovery;
    }

    public HttpHandler jwks() {
        return jwks;
    }

    public HttpHandler authorize() {
        return authorize;
    }

    public HttpHandler token() {
        return token;
    }

    public HttpHandler introspect() {
        return introspect;
    }

    public HttpHandler userInfo() {
        return userInfo;
    }

    public HttpHandler logout() {
        return logout;
    }

    /** "Logout" on the question the logout endpoint asks when the request does not prove whose sign-in it ends. */
    public HttpHandler confirmLogout() {
        return confirmLogout;
    }
}
