package lab.eulogin.idp.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.SessionID;
import lab.eulogin.idp.accounts.Account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * ID tokens as EU Login issues them: everything in the token (EU Login's UserInfo is off by
 * default), signed PS512 unless the client is registered for RS256.
 */
final class IdTokens {
    private final SigningKeys keys;
    private final Clock clock;
    private final Duration lifetime;

    IdTokens(SigningKeys keys, Clock clock, Duration lifetime) {
        this.keys = keys;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    SignedJWT issue(Issuer issuer, Grant grant, Account account, JWSAlgorithm algorithm) {
        Instant now = clock.instant();
        IDTokenClaimsSet claims = new IDTokenClaimsSet(issuer, new Subject(account.uid()),
                List.of(new Audience(grant.clientId())), Date.from(now.plus(lifetime)), Date.from(now));
        claims.setAuthenticationTime(Date.from(grant.authTime()));
        claims.setNonce(grant.nonce());
        claims.setACR(EuLoginClaims.acr(grant.level()));
        claims.setAMR(EuLoginClaims.amr(grant.strengths()));
        claims.setSessionID(new SessionID(grant.sid()));
        for (Map.Entry<String, Object> claim : EuLoginClaims.about(account, grant.scope(), grant.groups()).entrySet()) {
            claims.setClaim(claim.getKey(), claim.getValue());
        }
        try {
            return keys.sign(claims.toJWTClaimsSet(), algorithm);
        } catch (ParseException e) {
            throw new IllegalStateException("ID token claims", e);
        }
    }
}
