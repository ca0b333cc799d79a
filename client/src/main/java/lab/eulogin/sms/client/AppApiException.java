package lab.eulogin.sms.client;

/**
 * The EU Login app refused: {@link #code()} says what it said ({@code wrong-pin}, {@code device-locked},
 * {@code notification-not-accepted}, {@code offline}, {@code qr-unreadable}, ...).
 */
public final class AppApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final Integer triesLeft;

    public AppApiException(int status, String code, Integer triesLeft, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.triesLeft = triesLeft;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** After a wrong PIN, the tries left before the device is locked; otherwise null. */
    public Integer triesLeft() {
        return triesLeft;
    }
}
