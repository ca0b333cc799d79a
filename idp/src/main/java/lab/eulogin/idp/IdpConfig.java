package lab.eulogin.idp;

import java.time.Duration;

/**
 * Everything the IdP can be told, in one immutable value with documented defaults.
 *
 * @param host              interface to bind; loopback by default
 * @param port              port to bind (7000); 0 picks a free one
 * @param labMode           whether the {@code /__lab} endpoints answer (off unless asked for)
 * @param jdbcUrl           the H2 database; in memory unless a file URL is given
 * @param smtpHost          where mail goes out
 * @param smtpPort          SMTP port (2525, the lab's mail emulator)
 * @param mailFrom          the automated, no-reply sender
 * @param smsGatewayUrl     base URL of the Twilio-compatible SMS gateway (the lab's SMS emulator)
 * @param pbkdf2Iterations  cost of the password hash (PBKDF2-HMAC-SHA256)
 * @param linkValidity      how long an e-mailed link works (24 hours, as the FAQ says)
 */
public record IdpConfig(
        String host,
        int port,
        boolean labMode,
        String jdbcUrl,
        String smtpHost,
        int smtpPort,
        String mailFrom,
        String smsGatewayUrl,
        int pbkdf2Iterations,
        Duration linkValidity) {

    public static final int DEFAULT_PORT = 7000;

    public static IdpConfig defaults() {
        return new IdpConfig("127.0.0.1", DEFAULT_PORT, false, "jdbc:h2:mem:eulogin;DB_CLOSE_DELAY=-1",
                "127.0.0.1", 2525, "EU Login <automated-notifications@nomail.ec.europa.eu>",
                "http://127.0.0.1:7100", 310_000, Duration.ofHours(24));
    }
}
