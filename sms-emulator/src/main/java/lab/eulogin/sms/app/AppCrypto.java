package lab.eulogin.sms.app;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The phone's side of the EU Login app's cryptography, the mirror of the IdP's checks: an EC P-256
 * device key made at enrolment; the PIN key, PBKDF2-HMAC-SHA256(PIN, salt, cost) with the salt and
 * cost read from the enrolment QR code, derived at each answer from the typed PIN and never kept;
 * PIN proofs HMAC-SHA256(PIN key, "eulogin-pin|" + nonce); answers signed with SHA256withECDSA over
 * messages naming what they answer; the offline one-time code, HOTP's 8-digit truncation of
 * HMAC-SHA256(OTP secret, "eulogin-otp|" + challenge + "|" + PIN proof over the challenge). Binary
 * values travel as base64url without padding. The tests pin the same figures as the IdP's.
 */
public final class AppCrypto {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private AppCrypto() {
    }

    public static KeyPair newDeviceKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every JDK", e);
        }
    }

    /** The device key as the app keeps it (PKCS#8 and X.509 encodings, as {@link #encodeKey}). */
    public static KeyPair deviceKey(String privateKey, String publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(decode(publicKey))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(decode(privateKey))));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an EC P-256 device key", e);
        }
    }

    /** A key's standard encoding (PKCS#8 for a private key, X.509 for a public one), base64url. */
    public static String encodeKey(Key key) {
        return encode(key.getEncoded());
    }

    public static String publicKey(KeyPair key) {
        return encode(key.getPublic().getEncoded());
    }

    public static String sign(PrivateKey key, String message) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key);
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return encode(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA is part of every JDK", e);
        }
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

    static String enrolmentMessage(String code, String publicKey, String pinProof, String pushToken) {
        return String.join("|", "eulogin-enrol", code, publicKey, pinProof, pushToken);
    }

    static String answerMessage(String requestId, String nonce, String deviceId, String decision, String pinProof) {
        return String.join("|", "eulogin-answer", requestId, nonce, deviceId, decision, pinProof);
    }

    static String unlinkMessage(String deviceId, String issuedAt) {
        return String.join("|", "eulogin-unlink", deviceId, issuedAt);
    }

    public static String oneTimeCode(byte[] otpSecret, String challenge, byte[] pinKey) {
        byte[] mac = hmac(otpSecret, "eulogin-otp|" + challenge + "|" + pinProof(pinKey, challenge));
        int offset = mac[mac.length - 1] & 0x0f;
        int binary = ((mac[offset] & 0x7f) << 24) | ((mac[offset + 1] & 0xff) << 16)
                | ((mac[offset + 2] & 0xff) << 8) | (mac[offset + 3] & 0xff);
        return String.format("%08d", binary % 100_000_000);
    }

    public static String encode(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    /** @throws IllegalArgumentException when the text is not base64url */
    public static byte[] decode(String text) {
        return Base64.getUrlDecoder().decode(text);
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
