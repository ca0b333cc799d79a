package lab.eulogin.idp.oidc;

import com.nimbusds.jose.util.Base64URL;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Codes and tokens are kept only as their SHA-256: a look at the memory or a dump shows nothing usable. */
final class Hashes {
    private Hashes() {
    }

    static String sha256(String value) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8))).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
