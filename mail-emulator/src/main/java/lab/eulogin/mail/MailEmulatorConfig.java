package lab.eulogin.mail;

import java.nio.file.Path;

/**
 * Where the mail emulator listens, how much it keeps and where. Port 0 means "any free port" (tests);
 * the defaults are the lab's documented ports, bound to loopback.
 *
 * @param maxMessages the most messages held; past it the oldest are dropped first (default 100,000)
 * @param dataDir     folder where the messages are kept (the file {@code mail.journal}), so that they
 *                    survive a restart; {@code null} (the default) keeps them in memory only
 */
public record MailEmulatorConfig(String host, int webPort, int smtpPort, int imapPort, int maxMessages, Path dataDir) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_WEB_PORT = 7200;
    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_IMAP_PORT = 1143;
    public static final int DEFAULT_MAX_MESSAGES = 100_000;

    public MailEmulatorConfig {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("maxMessages must be at least 1");
        }
    }

    public MailEmulatorConfig(String host, int webPort, int smtpPort, int imapPort) {
        this(host, webPort, smtpPort, imapPort, DEFAULT_MAX_MESSAGES, null);
    }

    public static MailEmulatorConfig defaults() {
        return new MailEmulatorConfig(DEFAULT_HOST, DEFAULT_WEB_PORT, DEFAULT_SMTP_PORT, DEFAULT_IMAP_PORT);
    }

    public static MailEmulatorConfig anyFreePorts() {
        return new MailEmulatorConfig(DEFAULT_HOST, 0, 0, 0);
    }

    public MailEmulatorConfig withMaxMessages(int max) {
        return new MailEmulatorConfig(host, webPort, smtpPort, imapPort, max, dataDir);
    }

    /** Keeps the messages in this folder (null: in memory only). */
    public MailEmulatorConfig withDataDir(Path folder) {
        return new MailEmulatorConfig(host, webPort, smtpPort, imapPort, maxMessages, folder);
    }
}
