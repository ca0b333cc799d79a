package lab.eulogin.sms.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import lab.eulogin.sms.http.Exchange;

/**
 * HTTP basic authentication as Twilio asks for it: account SID and auth token. Without configured
 * credentials any pair is accepted (but one must be given, as Twilio's clients always do).
 */
final class TwilioAuth {
    private final String accountSid;
    private final String authToken;

    /** Both null: accept any credentials. */
    TwilioAuth(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    /** The auth token of an accepted request to {@code pathAccountSid}; Twilio's 401 otherwise. */
    String check(Exchange exchange, String pathAccountSid) {
        String header = exchange.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw TwilioError.authenticate();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TwilioError.authenticate();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw TwilioError.authenticate();
        }
        String user = decoded.substring(0, colon);
        String token = decoded.substring(colon + 1);
        if (accountSid != null
                && !(same(user, accountSid) & same(token, authToken) & same(pathAccountSid, accountSid))) {
            throw TwilioError.authenticate();
        }
        return token;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
