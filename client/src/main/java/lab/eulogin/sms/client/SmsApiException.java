package lab.eulogin.sms.client;

/**
 * An error answer of the emulator.
 *
 * @see #status() the HTTP status
 * @see #code() Twilio's error code, for answers of the Twilio-style endpoint
 */
public final class SmsApiException extends RuntimeException {
    private final int status;
    private final Integer code;

    public SmsApiException(int status, Integer code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public Integer code() {
        return code;
    }
}
