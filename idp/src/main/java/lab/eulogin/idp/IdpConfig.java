package lab.eulogin.idp;

import lab.eulogin.idp.accounts.AccountPolicy;
import lab.eulogin.idp.devices.DevicePolicy;
import lab.eulogin.idp.oidc.OidcPolicy;
import lab.eulogin.idp.phones.SmsPolicy;
import lab.eulogin.idp.protocol.CasPolicy;

import java.time.Duration;

/**
 * Everything the IdP can be told, in one immutable value with documented defaults
 * ({@link #defaults()}); the {@code with…} methods change one thing at a time.
 *
 * @param host               interface to bind; loopback by default
 * @param port               port to bind (7000); 0 picks a free one
 * @param publicUrl          the address browsers use, written into e-mailed links; null means
 *                           {@code http://localhost:<port>} on loopback, {@code http://<host>:<port>} otherwise
 * @param labMode            whether the {@code /__lab} endpoints answer (off unless asked for)
 * @param jdbcUrl            the H2 database; in memory unless a file URL is given
 * @param smtpHost           where mail goes out
 * @param smtpPort           SMTP port (2525, the lab's mail emulator)
 * @param mailFrom           the automated, no-reply sender
 * @param smsGatewayUrl      base URL of the Twilio-compatible SMS gateway (the lab's SMS emulator)
 * @param pbkdf2Iterations   cost of the password hash, PBKDF2-HMAC-SHA256 (310,000, OWASP's advice)
 * @param linkValidity       how long an e-mailed link works (24 hours, as the FAQ says)
 * @param sessionIdleTimeout a browser session unused this long is forgotten (8 hours)
 * @param accountPolicy      lockout, password age and captcha numbers ({@link AccountPolicy#defaults()})
 * @param smsSender          the account and sender name used with the SMS gateway; the lab's emulator takes any
 * @param smsPolicy          SMS challenge lifetime, tries and rate limits ({@link SmsPolicy#defaults()})
 * @param casPolicy          service ticket and single sign-on lifetimes, the service registry file
 *                           ({@link CasPolicy#defaults()})
 * @param devicePolicy       the mobile app's enrolment, approval and PIN numbers, and where pushes go
 *                           ({@link DevicePolicy#defaults()})
 * @param oidcPolicy         OpenID Connect's code, token and ID token lifetimes and key size
 *                           ({@link OidcPolicy#defaults()}); clients are in the service registry
 */
public record IdpConfig(
        String host,
        int port,
        String publicUrl,
        boolean labMode,
        String jdbcUrl,
        String smtpHost,
        int smtpPort,
        String mailFrom,
        String smsGatewayUrl,
        int pbkdf2Iterations,
        Duration linkValidity,
        Duration sessionIdleTimeout,
        AccountPolicy accountPolicy,
        SmsSender smsSender,
        SmsPolicy smsPolicy,
        CasPolicy casPolicy,
        DevicePolicy devicePolicy,
        OidcPolicy oidcPolicy) {

    /** Who the IdP is at the SMS provider: Twilio's account SID and token, and the sender shown on phones. */
    public record SmsSender(String accountSid, String authToken, String from) {
        public static SmsSender lab() {
            return new SmsSender("AC00000000000000000000000000000000", "lab-token", "EU Login");
        }
    }

    public static final int DEFAULT_PORT = 7000;

    public static IdpConfig defaults() {
        return new IdpConfig("127.0.0.1", DEFAULT_PORT, null, false, "jdbc:h2:mem:eulogin;DB_CLOSE_DELAY=-1",
                "127.0.0.1", 2525, "EU Login <automated-notifications@nomail.ec.europa.eu>",
                "http://127.0.0.1:7100", 310_000, Duration.ofHours(24), Duration.ofHours(8),
                AccountPolicy.defaults(), SmsSender.lab(), SmsPolicy.defaults(), CasPolicy.defaults(),
                DevicePolicy.defaults(), OidcPolicy.defaults());
    }

    public IdpConfig withHost(String host) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    public IdpConfig withPort(int port) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    public IdpConfig withPublicUrl(String publicUrl) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    public IdpConfig withLabMode(boolean labMode) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    public IdpConfig withJdbcUrl(String jdbcUrl) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    public IdpConfig withSmtp(String smtpHost, int smtpPort) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    public IdpConfig withSmsGatewayUrl(String smsGatewayUrl) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    public IdpConfig withPbkdf2Iterations(int pbkdf2Iterations) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    public IdpConfig withCasPolicy(CasPolicy casPolicy) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    public IdpConfig withDevicePolicy(DevicePolicy devicePolicy) {
        return new IdpConfig(host, port, publicUrl, labMode, jdbcUrl, smtpHost, smtpPort, mailFrom, smsGatewayUrl,
                pbkdf2Iterations, linkValidity, sessionIdleTimeout, accountPolicy, smsSender, smsPolicy, casPolicy,
                devicePolicy, oidcPolicy);
    }

    /** The address browsers use, once the actual port is known. */
    public String publicUrl(int boundPort) {
        if (publicUrl != null) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        return "http://" + (loopback ? "localhost" : host) + ":" + boundPort;
    }
}
