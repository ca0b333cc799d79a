package lab.eulogin.sms;

import java.time.Clock;

/** The SMS gateway (Twilio-compatible API) with its virtual phones, web page and JSON API. */
public final class SmsEmulator implements AutoCloseable {
    private final SmsEmulatorConfig config;

    private SmsEmulator(SmsEmulatorConfig config) {
        this.config = config;
    }

    public static SmsEmulator start(SmsEmulatorConfig config, Clock clock) {
        return new SmsEmulator(config);
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() { return config.port(); }

    public String baseUrl() {
        return "http://" + config.host() + ":" + port();
    }

    @Override
    public void close() {
    }
}
