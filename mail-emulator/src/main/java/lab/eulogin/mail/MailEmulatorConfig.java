package lab.eulogin.mail;

/**
 * Where the mail emulator listens. Port 0 means "any free port" (tests); the defaults are the
 * lab's documented ports, bound to loopback.
 */
public record MailEmulatorConfig(String host, int webPort, int smtpPort, int imapPort) {
    public static final int DEFAULT_WEB_PORT = 7200;
    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_IMAP_PORT = 1143;

    public static MailEmulatorConfig defaults() {
        return new MailEmulatorConfig("127.0.0.1", DEFAULT_WEB_PORT, DEFAULT_SMTP_PORT, DEFAULT_IMAP_PORT);
    }

    public static MailEmulatorConfig anyFreePorts() {
        return new MailEmulatorConfig("127.0.0.1", 0, 0, 0);
    }
}
