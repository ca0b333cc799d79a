package lab.eulogin.idp.devices;

import java.time.Instant;

/**
 * A phone or tablet with the EU Login app, enrolled to one account.
 *
 * @param deviceId          the device's public id, known to the app
 * @param publicKey         the app's EC P-256 public key, base64url X.509
 * @param pinKey            the PIN's slow hash (see {@link DeviceCrypto}); never the PIN
 * @param otpSecret         the secret behind the offline one-time codes
 * @param pushToken         where the push service reaches the app
 * @param failedPinAttempts wrong PINs in a row
 * @param lockedUntil       approvals refused until then, after too many wrong PINs; null when not locked
 */
public record MobileDevice(long id, String deviceId, long accountId, String name, String publicKey, byte[] pinKey,
                           byte[] otpSecret, String pushToken, int failedPinAttempts, Instant lockedUntil,
                           Instant enrolledAt, Instant lastUsedAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
