package lab.eulogin.sms.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The app's cryptography, pinned with the same figures as the IdP's own tests (worked out apart from
 * both, with Python's hashlib and hmac), so that the two sides keep agreeing.
 */
class AppCryptoTest {
    private static byte[] range(int from, int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (from + i);
        }
        return bytes;
    }

    @Test
    void the_pin_key_proof_and_one_time_code_are_the_ones_the_idp_expects() {
        byte[] key = AppCrypto.pinKey("1234", range(0, 16), 1000);
        assertThat(AppCrypto.encode(key)).isEqualTo("IkDqKiJ1SjxGEDVu-OTXrPJa8qw9LRGGbel6i3gSxSw");
        assertThat(AppCrypto.pinProof(key, "nonce-1")).isEqualTo("lnGna9aLf04v8TiSK274XkaGVt3Kn62LG6tF9Y3xSJs");
        assertThat(AppCrypto.oneTimeCode(range(100, 32), "challenge-1", key)).isEqualTo("61526038");
        assertThat(AppCrypto.oneTimeCode(range(100, 32), "challenge-1", AppCrypto.pinKey("1235", range(0, 16), 1000)))
                .isEqualTo("11250566");
    }

    @Test
    void each_device_key_is_a_new_p256_key_and_its_messages_name_what_they_answer() {
        assertThat(AppCrypto.publicKey(AppCrypto.newDeviceKey())).isNotEqualTo(AppCrypto.publicKey(AppCrypto.newDeviceKey()));
        assertThat(AppCrypto.newDeviceKey().getPublic().getAlgorithm()).isEqualTo("EC");
        assertThat(AppCrypto.answerMessage("req", "nonce", "dev", "approve", "proof"))
                .isEqualTo("eulogin-answer|req|nonce|dev|approve|proof");
        assertThat(AppCrypto.enrolmentMessage("code", "key", "proof", "token")).isEqualTo("eulogin-enrol|code|key|proof|token");
    }
}
