package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.services.RegisteredService;

import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/oauth2/token/introspect} (RFC 7662), for registered clients only, each by its own
 * authentication method. A client learns about its own tokens only (its back end introspects with
 * its credentials, as EUShare's does): another client's token is inactive to it, so that no client
 * reads, through a token it came by, what its own registration does not let it ask (RFC 7662, 2.2
 * and 5). An active token is described with the claims its scopes give, as EU Login's carry
 * {@code email}, {@code username} and its domain claim.
 */
final class IntrospectionHandler {
    private final ClientAuthenticator clients;
    private final AccessTokens tokens;
    private final AccountRepository accounts;
    private final OidcUrls urls;

    IntrospectionHandler(ClientAuthenticator clients, AccessTokens tokens, AccountRepository accounts, OidcUrls urls) {
        this.clients = clients;
        this.tokens = tokens;
        this.accounts = accounts;
        this.urls = urls;
    }

    HTTPResponse post(HttpServerExchange exchange) throws ParseException {
        TokenIntrospectionRequest request = TokenIntrospectionRequest.parse(ClientAuthenticator.speakingForOneClient(
                NimbusRequests.of(exchange, urls.of(Paths.OIDC_INTROSPECT))));
        RegisteredService caller = clients.authenticate(request.getClientAuthentication());
        Optional<AccessTokens.Issued> issued = tokens.find(request.getToken().getValue())
                .filter(i -> i.grant().clientId().equals(caller.oidc().clientId()));
        Optional<Account> account = issued.flatMap(i -> accounts.findById(i.grant().accountId()));
        if (issued.isEmpty() || account.isEmpty()) {
            return new TokenIntrospectionSuccessResponse.Builder(false).build().toHTTPResponse();
        }
        Grant grant = issued.get().grant();
        TokenIntrospectionSuccessResponse.Builder answer = new TokenIntrospectionSuccessResponse.Builder(true)
                .scope(grant.scope())
                .clientID(new ClientID(grant.clientId()))
                .username(account.get().uid())
                .subject(new Subject(account.get().uid()))
                .tokenType(AccessTokenType.BEARER)
                .issuer(urls.issuer())
                .issueTime(Date.from(issued.get().issuedAt()))
                .expirationTime(Date.from(issued.get().expiresAt()))
                .acr(EuLoginClaims.acr(grant.level()))
                .authenticationTime(Date.from(grant.authTime()));
        for (Map.Entry<String, Object> claim : EuLoginClaims.about(account.get(), grant.scope(), grant.groups()).entrySet()) {
            answer.parameter(claim.getKey(), claim.getValue());
        }
        return answer.build().toHTTPResponse();
    }
}
