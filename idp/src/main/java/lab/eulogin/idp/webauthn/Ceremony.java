package lab.eulogin.idp.webauthn;

import java.time.Instant;
import java.util.List;

/**
 * One WebAuthn ceremony waiting for the browser's answer, kept server-side in the browser's
 * session: the challenge is never trusted from the browser, and is used once.
 *
 * @param name           the name being registered; null when signing in
 * @param credentialIds  the account's registered credentials: to exclude when registering, to allow when signing in
 * @param userHandle     the account's opaque WebAuthn user id, base64url
 */
public record Ceremony(Kind kind, long accountId, String name, byte[] challenge, RelyingParty relyingParty,
                       List<String> credentialIds, String userHandle, Instant expiresAt) {

    public enum Kind { REGISTRATION, SIGN_IN }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
