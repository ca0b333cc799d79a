package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCError;
import lab.eulogin.idp.sessions.SignInAnswer;
import lab.eulogin.idp.sessions.SsoSession;

import java.net.URI;
import java.time.Clock;

/**
 * OpenID Connect's answer to a finished sign-in: an authorization code on the registered redirect
 * URI, with the request's {@code state} and the issuer ({@code iss}, RFC 9207); with
 * {@code prompt=none} and no sign-in, {@code login_required} there instead.
 *
 * @param requiredAccountId the account an {@code id_token_hint} names, or null: a code is made for
 *                          that person only, whoever signs in (OIDC Core 3.1.2.1)
 */
record CodeAnswer(AuthorizationCodes codes, Clock clock, Issuer issuer, String clientId, URI redirectUri,
                  State state, Nonce nonce, Scope scope, CodeChallenge codeChallenge, boolean groups,
                  Long requiredAccountId) implements SignInAnswer {

    @Override
    public String signedIn(SsoSession sso, boolean fromSso) {
        if (requiredAccountId != null && requiredAccountId != sso.accountId()) {
            // Someone else signed in than the person the application asked for: it gets no code.
            return notSignedIn();
        }
        AuthorizationCode code = codes.issue(new Grant(clientId, redirectUri, sso.accountId(), Hashes.sha256(sso.id()),
                sso.authenticatedAt(), sso.level(), sso.strengths(), nonce, scope, codeChallenge, groups,
                clock.instant()));
        return new AuthenticationSuccessResponse(redirectUri, code, null, null, state, null, issuer, ResponseMode.QUERY)
                .toURI().toString();
    }

    @Override
    public String notSignedIn() {
        return new AuthenticationErrorResponse(redirectUri, OIDCError.LOGIN_REQUIRED, state, issuer, ResponseMode.QUERY)
                .toURI().toString();
    }
}
