package lab.eulogin.idp.oidc;

import java.time.Duration;

/**
 * OpenID Connect's numbers, with documented defaults. Times run on the lab clock.
 *
 * @param codeLifetime        an authorization code must be redeemed within this (60 seconds)
 * @param accessTokenLifetime an access token works this long (1 hour)
 * @param idTokenLifetime     an ID token's {@code exp} is this far after its {@code iat} (1 hour)
 * @param rsaKeyBits          the size of the signing keys made at first start and by rotation (2048)
 */
public record OidcPolicy(
        Duration codeLifetime,
        Duration accessTokenLifetime,
        Duration idTokenLifetime,
        int rsaKeyBits) {

    public static OidcPolicy defaults() {
        return new OidcPolicy(Duration.ofSeconds(60), Duration.ofHours(1), Duration.ofHours(1), 2048);
    }
}
