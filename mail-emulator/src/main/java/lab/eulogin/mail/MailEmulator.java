package lab.eulogin.mail;

import java.time.Clock;

/** GreenMail (SMTP, IMAP) with a web mailbox and a JSON API. */
public final class MailEmulator implements AutoCloseable {
    private final MailEmulatorConfig config;

    private MailEmulator(MailEmulatorConfig config) {
        this.config = config;
    }

    public static MailEmulator start(MailEmulatorConfig config, Clock clock) {
        return new MailEmulator(config);
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int webPort() { return config.webPort(); }
    public int smtpPort() { return config.smtpPort(); }
    public int imapPort() { return config.imapPort(); }

    public String webUrl() {
        return "http://" + config.host() + ":" + webPort();
    }

    @Override
    public void close() {
    }
}
