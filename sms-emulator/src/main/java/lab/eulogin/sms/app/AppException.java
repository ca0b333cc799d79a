package lab.eulogin.sms.app;

/**
 * Something the app says went wrong, with a stable code: {@code qr-unreadable}, {@code wrong-qr-code},
 * {@code wrong-pin}, {@code device-locked}, {@code offline}, {@code not-enrolled},
 * {@code notification-not-accepted}, {@code no-such-request}, {@code fingerprint-off},
 * {@code idp-refused}, {@code idp-unreachable}, {@code bad-input}.
 */
public final class AppException extends RuntimeException {
    private final String code;
    private final transient Object detail;

    public AppException(String code, String message) {
        this(code, message, null);
    }

    public AppException(String code, String message, Object detail) {
        super(message, null, false, false);
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    /** More about it: the tries left after a wrong PIN, the end of a lock. */
    public Object detail() {
        return detail;
    }
}
