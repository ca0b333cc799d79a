package lab.eulogin.sms.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import lab.eulogin.sms.http.Exchange;

/**
 * The token every state-changing form of the page carries. One random token per running emulator:
 * another site cannot read the page, so it cannot forge a post that carries it.
 */
final class Csrf {
    static final String FIELD = "csrf";
    private final String token;

    Csrf() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token() {
        return token;
    }

    boolean accepts(Exchange exchange) {
        String given = exchange.form(FIELD).orElse("");
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
