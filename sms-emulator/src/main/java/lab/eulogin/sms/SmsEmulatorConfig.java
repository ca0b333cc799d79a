package lab.eulogin.sms;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the SMS emulator listens and how much it keeps. Port 0 means "any free port" (tests). With
 * no account SID and token configured, any basic-auth credentials are accepted, as other Twilio
 * emulators do; with both configured, anything else gets Twilio's 401.
 *
 * @param inboxCapacity      messages kept per phone inbox (and held per phone in the network);
 *                           the oldest is dropped first
 * @param messageLogCapacity Twilio message resources kept for fetch and list, oldest dropped first
 * @param defaultValidity    how long the network holds a message for an unreachable phone when
 *                           the sender gives no ValidityPeriod (Twilio's default: 36,000 s)
 * @param dataFolder         where phones, messages and apps are kept, so that they survive a restart
 *                           (each change is on the disk before it is answered); {@code null} (the
 *                           default) keeps everything in memory
 */
public record SmsEmulatorConfig(String host, int port, String accountSid, String authToken,
                                int inboxCapacity, int messageLogCapacity, Duration defaultValidity,
                                Path dataFolder) {
    public static final int DEFAULT_PORT = 7100;
    public static final int DEFAULT_INBOX_CAPACITY = 200;
    public static final int DEFAULT_MESSAGE_LOG_CAPACITY = 10_000;
    public static final Duration DEFAULT_VALIDITY = Duration.ofSeconds(36_000);

    public SmsEmulatorConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if ((accountSid == null) != (authToken == null)) {
            throw new IllegalArgumentException("configure both the account SID and the auth token, or neither");
        }
        if (inboxCapacity < 1 || messageLogCapacity < 1) {
            throw new IllegalArgumentException("capacities must be positive");
        }
        if (defaultValidity == null || defaultValidity.isNegative() || defaultValidity.isZero()) {
            throw new IllegalArgumentException("defaultValidity must be positive");
        }
    }

    public SmsEmulatorConfig(String host, int port, String accountSid, String authToken) {
        this(host, port, accountSid, authToken,
                DEFAULT_INBOX_CAPACITY, DEFAULT_MESSAGE_LOG_CAPACITY, DEFAULT_VALIDITY, null);
    }

    /** The emulator's address once bound to this port (the configured one, or the free port it got). */
    public String baseUrl(int boundPort) {
        return "http://" + host + ":" + boundPort;
    }

    public static SmsEmulatorConfig defaults() {
        return new SmsEmulatorConfig("127.0.0.1", DEFAULT_PORT, null, null);
    }

    public static SmsEmulatorConfig anyFreePort() {
        return new SmsEmulatorConfig("127.0.0.1", 0, null, null);
    }

    /** The same, accepting only these Twilio credentials. */
    public SmsEmulatorConfig withCredentials(String sid, String token) {
        return new SmsEmulatorConfig(host, port, sid, token, inboxCapacity, messageLogCapacity, defaultValidity, dataFolder);
    }

    public SmsEmulatorConfig withInboxCapacity(int capacity) {
        return new SmsEmulatorConfig(host, port, accountSid, authToken, capacity, messageLogCapacity, defaultValidity, dataFolder);
    }

    public SmsEmulatorConfig withMessageLogCapacity(int capacity) {
        return new SmsEmulatorConfig(host, port, accountSid, authToken, inboxCapacity, capacity, defaultValidity, dataFolder);
    }

    public SmsEmulatorConfig withDefaultValidity(Duration validity) {
        return new SmsEmulatorConfig(host, port, accountSid, authToken, inboxCapacity, messageLogCapacity, validity, dataFolder);
    }

    /** The same, keeping phones, messages and apps in this folder across restarts. */
    public SmsEmulatorConfig withDataFolder(Path folder) {
        return new SmsEmulatorConfig(host, port, accountSid, authToken, inboxCapacity, messageLogCapacity,
                defaultValidity, folder);
    }

    /** True when only the configured credentials are accepted. */
    public boolean checksCredentials() {
        return accountSid != null;
    }
}
