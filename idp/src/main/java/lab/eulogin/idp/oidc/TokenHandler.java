package lab.eulogin.idp.oidc;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.oidc.AuthorizationCodes.Redemption;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.http.Paths;

/**
 * {@code /cas/oauth2/token}: the authorization code grant. The client authenticates by its
 * registered method; the code is taken out on first use, must be the client's, for the same
 * redirect URI, within its lifetime, with the PKCE verifier when a challenge was sent. A code
 * used twice revokes what was issued from it.
 */
final class TokenHandler {
    private static final String REUSED = "The code was already used; the tokens issued from it are revoked";

    private final ClientAuthenticator clients;
    private final AuthorizationCodes codes;
    private final AccessTokens tokens;
    private final IdTokens idTokens;
    private final AccountRepository accounts;
    private final OidcUrls urls;

    TokenHandler(ClientAuthenticator clients, AuthorizationCodes codes, AccessTokens tokens, IdTokens idTokens,
                 AccountRepository accounts, OidcUrls urls) {
        this.clients = clients;
        this.codes = codes;
        this.tokens = tokens;
        this.idTokens = idTokens;
        this.accounts = accounts;
        this.urls = urls;
    }

    HTTPResponse post(HttpServerExchange exchange) throws ParseException {
        TokenRequest request = TokenRequest.parse(ClientAuthenticator.speakingForOneClient(
                NimbusRequests.of(exchange, urls.of(Paths.OIDC_TOKEN))));
        RegisteredService service = clients.authenticate(request.getClientAuthentication());
        if (!(request.getAuthorizationGrant() instanceof AuthorizationCodeGrant grant)) {
            throw new OAuthProblem(OAuth2Error.UNSUPPORTED_GRANT_TYPE, "Only grant_type=authorization_code is offered");
        }
        Redemption redemption = codes.redeem(grant.getAuthorizationCode().getValue());
        if (redemption instanceof Redemption.Reused reused) {
            tokens.revoke(reused.family());
            throw OAuthProblem.invalidGrant(REUSED);
        }
        if (redemption instanceof Redemption.Expired) {
            throw OAuthProblem.invalidGrant("The code has expired");
        }
        if (!(redemption instanceof Redemption.Valid valid)) {
            throw OAuthProblem.invalidGrant("Unknown code");
        }
        Grant granted = valid.grant();
        if (!granted.clientId().equals(service.oidc().clientId())) {
            throw OAuthProblem.invalidGrant("The code was issued to another client");
        }
        if (grant.getRedirectionURI() == null || !grant.getRedirectionURI().equals(granted.redirectUri())) {
            throw OAuthProblem.invalidGrant("redirect_uri differs from the authorization request's");
        }
        checkPkce(granted.codeChallenge(), grant.getCodeVerifier());
        Account account = accounts.findById(granted.accountId())
                .orElseThrow(() -> OAuthProblem.invalidGrant("The account no longer exists"));
        // Refused when the code was used again since it was taken here: its family is revoked.
        BearerAccessToken accessToken = tokens.issue(granted, valid.family())
                .orElseThrow(() -> OAuthProblem.invalidGrant(REUSED));
        SignedJWT idToken = idTokens.issue(urls.issuer(), granted, account, service.oidc().idTokenAlgorithm());
        return new OIDCTokenResponse(new OIDCTokens(idToken, accessToken, null)).toHTTPResponse();
    }

    private static void checkPkce(CodeChallenge challenge, CodeVerifier verifier) {
        if (challenge == null) {
            if (verifier != null) {
                throw OAuthProblem.invalidGrant("code_verifier sent, but the authorization request had no code_challenge");
            }
            return;
        }
        if (verifier == null) {
            throw OAuthProblem.invalidGrant("code_verifier is missing");
        }
        if (!CodeChallenge.compute(CodeChallengeMethod.S256, verifier).equals(challenge)) {
            throw OAuthProblem.invalidGrant("code_verifier does not match the code_challenge");
        }
    }
}
