package lab.eulogin.idp.devices;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The mobile app's cryptography, as the IdP checks it. The app does the mirror image; both follow
 * these rules, and the unit tests of both sides pin them with the same figures.
 * <ul>
 *   <li>Binary values travel as base64url without padding.</li>
 *   <li>The device key is an EC P-256 key pair made by the app; the IdP keeps the public key
 *       (X.509 SubjectPublicKeyInfo) and checks SHA256withECDSA signatures made with it.</li>
 *   <li>The PIN key is PBKDF2-HMAC-SHA256(PIN, salt, iterations, 256 bits); the salt and the cost come
 *       from the IdP in the enrolment QR code. The IdP keeps the PIN key (a slow hash of the PIN) and
 *       never the PIN; the app keeps neither, and derives it from the typed PIN at each answer.</li>
 *   <li>A PIN proof is HMAC-SHA256(PIN key, "eulogin-pin|" + nonce): bound to one fresh nonce, so it
 *       says nothing about the next one.</li>
 *   <li>Every answer is signed with the device key over a message naming what it answers, so a copied
 *       QR image, a copied PIN proof or a replayed answer approves nothing.</li>
 *   <li>The "Mobile App + QR code" one-time code is HOTP's truncation (8 digits) of
 *       HMAC-SHA256(OTP secret, "eulogin-otp|" + challenge + "|" + PIN proof over the challenge),
 *       computed on the phone without any network; the OTP secret is given to the app at enrolment.</li>
 * </ul>
 */
public final class DeviceCrypto {
    public static final int ONE_TIME_CODE_DIGITS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    private DeviceCrypto() {
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A random value of {@code bytes} bytes, base64url: codes, nonces, request ids. */
    public static String randomToken(int bytes) {
        return encode(randomBytes(bytes));
    }

    public static String encode(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    /** @throws IllegalArgumentException when the text is not base64url */
    public static byte[] decode(String text) {
        return B64_DECODER.decode(text == null ? "" : text);
    }

    public static byte[] pinKey(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    public static String pinProof(byte[] pinKey, String nonce) {
        return encode(hmac(pinKey, "eulogin-pin|" + nonce));
    }

    /** What the app signs to enrol: the single-use code from the QR image, its new key, its PIN proof and push token. */
    public static String enrolmentMessage(String code, String publicKey, String pinProof, String pushToken) {
        return String.join("|", "eulogin-enrol", code, publicKey, pinProof, pushToken);
    }

    /** What the app signs to answer one request; a refusal carries no PIN proof. */
    public static String answerMessage(String requestId, String nonce, String deviceId, String decision,
                                       String pinProof) {
        return String.join("|", "eulogin-answer", requestId, nonce, deviceId, decision, pinProof);
    }

    /** What the app signs for "Unlink device"; a replay can only unlink what is already gone. */
    public static String unlinkMessage(String deviceId, String issuedAt) {
        return String.join("|", "eulogin-unlink", deviceId, issuedAt);
    }

    public static String oneTimeCode(byte[] otpSecret, String challenge, byte[] pinKey) {
        byte[] mac = hmac(otpSecret, "eulogin-otp|" + challenge + "|" + pinProof(pinKey, challenge));
        int offset = mac[mac.length - 1] & 0x0f;
        int binary = ((mac[offset] & 0x7f) << 24) | ((mac[offset + 1] & 0xff) << 16)
                | ((mac[offset + 2] & 0xff) << 8) | (mac[offset + 3] & 0xff);
        return String.format("%0" + ONE_TIME_CODE_DIGITS + "d", binary % 100_000_000);
    }

    /**
     * The device's public key, refused unless it is an EC key on P-256.
     *
     * @throws IllegalArgumentException when it is not
     */
    public static ECPublicKey publicKey(String encoded) {
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(decode(encoded)));
            if (!(key instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalArgumentException("The device key must be an EC P-256 key");
            }
            return ec;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The device key is not an encoded public key", e);
        }
    }

    public static boolean verify(PublicKey key, String message, String signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Compares in time independent of where they differ. */
    public static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 in hex, for single-use codes kept only as hashes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
