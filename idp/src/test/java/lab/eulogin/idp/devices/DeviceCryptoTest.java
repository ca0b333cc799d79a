package lab.eulogin.idp.devices;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app protocol's cryptography. The figures were worked out apart from this code (Python's
 * hashlib and hmac); the app emulator's tests pin the same ones, so both sides keep agreeing.
 */
class DeviceCryptoTest {
    private static final byte[] SALT = range(0, 16);
    private static final byte[] OTP_SECRET = range(100, 32);

    private static byte[] range(int from, int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (from + i);
        }
        return bytes;
    }

    @Test
    void the_pin_key_is_pbkdf2_of_the_pin_with_the_salt_and_cost_of_the_qr_code() {
        assertThat(DeviceCrypto.encode(DeviceCrypto.pinKey("1234", SALT, 1000)))
                .isEqualTo("IkDqKiJ1SjxGEDVu-OTXrPJa8qw9LRGGbel6i3gSxSw");
    }

    @Test
    void a_pin_proof_is_bound_to_its_nonce() {
        byte[] key = DeviceCrypto.pinKey("1234", SALT, 1000);
        assertThat(DeviceCrypto.pinProof(key, "nonce-1")).isEqualTo("lnGna9aLf04v8TiSK274XkaGVt3Kn62LG6tF9Y3xSJs");
        assertThat(DeviceCrypto.pinProof(key, "nonce-2")).isNotEqualTo(DeviceCrypto.pinProof(key, "nonce-1"));
    }

    @Test
    void the_one_time_code_depends_on_the_secret_the_challenge_and_the_pin() {
        byte[] key = DeviceCrypto.pinKey("1234", SALT, 1000);
        assertThat(DeviceCrypto.oneTimeCode(OTP_SECRET, "challenge-1", key)).isEqualTo("61526038");
        assertThat(DeviceCrypto.oneTimeCode(OTP_SECRET, "challenge-1", DeviceCrypto.pinKey("1235", SALT, 1000)))
                .isEqualTo("11250566");
        assertThat(DeviceCrypto.oneTimeCode(OTP_SECRET, "challenge-2", key)).matches("[0-9]{8}").isNotEqualTo("61526038");
    }

    @Test
    void a_signature_is_checked_against_the_device_key_and_the_exact_message() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        String message = DeviceCrypto.answerMessage("req", "nonce", "dev", "approve", "proof");
        assertThat(message).isEqualTo("eulogin-answer|req|nonce|dev|approve|proof");
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(pair.getPrivate());
        signer.update(message.getBytes(StandardCharsets.UTF_8));
        String signature = DeviceCrypto.encode(signer.sign());

        var key = DeviceCrypto.publicKey(DeviceCrypto.encode(pair.getPublic().getEncoded()));
        assertThat(DeviceCrypto.verify(key, message, signature)).isTrue();
        assertThat(DeviceCrypto.verify(key, message.replace("approve", "refuse"), signature)).isFalse();
        assertThat(DeviceCrypto.verify(key, message, "not-base64!")).isFalse();
    }

    @Test
    void only_an_ec_p256_public_key_is_taken_as_a_device_key() throws Exception {
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new ECGenParameterSpec("secp384r1"));
        String wrongCurve = DeviceCrypto.encode(p384.generateKeyPair().getPublic().getEncoded());
        assertThatThrownBy(() -> DeviceCrypto.publicKey(wrongCurve)).isInstanceOf(IllegalArgumentException.class);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        String rsaKey = DeviceCrypto.encode(rsa.generateKeyPair().getPublic().getEncoded());
        assertThatThrownBy(() -> DeviceCrypto.publicKey(rsaKey)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceCrypto.publicKey("AAAA")).isInstanceOf(IllegalArgumentException.class);
    }
}
