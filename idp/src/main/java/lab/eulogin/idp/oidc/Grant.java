package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.openid.connect.sdk.Nonce;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What an authorization code stands for: who signed in and how, for which client and request.
 *
 * @param sid           the single sign-on's id as clients see it (a hash of it, never the cookie's value)
 * @param codeChallenge the PKCE S256 challenge, or null when the client sent none
 * @param groups        EU Login's groups claim was asked for (and the client may have it)
 */
record Grant(
        String clientId,
        URI redirectUri,
        long accountId,
        String sid,
        Instant authTime,
        AuthenticationLevel level,
        List<Strength> strengths,
        Nonce nonce,
        Scope scope,
        CodeChallenge codeChallenge,
        boolean groups,
        Instant issuedAt) {

    Grant {
        strengths = List.copyOf(strengths);
    }
}
