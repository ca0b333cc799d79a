package lab.eulogin.idp.webauthn;

import java.time.Instant;

/**
 * A "Security Key or Trusted Platform" registered to an account (FAQ APP-09): a WebAuthn
 * credential as the relying party keeps it.
 *
 * @param credentialId the credential's id, base64url without padding, as browsers give it
 * @param publicKey    the credential's public key, COSE-encoded
 * @param signCount    the authenticator's signature counter at its last use
 */
public record SecurityKey(long id, long accountId, String credentialId, String name, byte[] publicKey, long signCount,
                          Instant createdAt, Instant lastUsedAt) {
}
