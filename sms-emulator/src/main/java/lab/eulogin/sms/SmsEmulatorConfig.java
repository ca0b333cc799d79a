package lab.eulogin.sms;

/**
 * Where the SMS emulator listens. Port 0 means "any free port" (tests). With no account SID and
 * token configured, any basic-auth credentials are accepted, as other Twilio emulators do.
 */
public record SmsEmulatorConfig(String host, int port, String accountSid, String authToken) {
    public static final int DEFAULT_PORT = 7100;

    public static SmsEmulatorConfig defaults() {
        return new SmsEmulatorConfig("127.0.0.1", DEFAULT_PORT, null, null);
    }

    public static SmsEmulatorConfig anyFreePort() {
        return new SmsEmulatorConfig("127.0.0.1", 0, null, null);
    }
}
