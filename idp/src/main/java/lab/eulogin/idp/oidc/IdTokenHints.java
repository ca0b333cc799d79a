package lab.eulogin.idp.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.util.List;
import java.util.Optional;

/**
 * What an {@code id_token_hint} proves, at the authorization and the end-session endpoints: only an
 * ID token this provider signed (expired or not, as OIDC allows for a hint), with its issuer and
 * one audience, says anything; anything else says nothing.
 */
final class IdTokenHints {
    private final SigningKeys keys;
    private final OidcUrls urls;

    /** What a valid hint says: the client it was issued to, whose it is, which single sign-on. */
    record Hint(String clientId, String subject, String sid) {
    }

    IdTokenHints(SigningKeys keys, OidcUrls urls) {
        this.keys = keys;
        this.urls = urls;
    }

    Optional<Hint> verified(JWT hint) {
        if (!(hint instanceof SignedJWT signed)) {
            return Optional.empty();
        }
        try {
            JWK key = keys.publicKeys().getKeyByKeyId(signed.getHeader().getKeyID());
            if (key == null || !signed.verify(new RSASSAVerifier(key.toRSAKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = signed.getJWTClaimsSet();
            List<String> audience = claims.getAudience();
            if (!urls.issuer().getValue().equals(claims.getIssuer()) || audience.size() != 1
                    || claims.getSubject() == null) {
                return Optional.empty();
            }
            return Optional.of(new Hint(audience.get(0), claims.getSubject(), claims.getStringClaim("sid")));
        } catch (JOSEException | java.text.ParseException e) {
            return Optional.empty();
        }
    }
}
