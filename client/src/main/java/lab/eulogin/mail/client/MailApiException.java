package lab.eulogin.mail.client;

/** The mail emulator answered with an error (the status and its JSON error), or could not be reached. */
public final class MailApiException extends RuntimeException {
    private final int status;

    public MailApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public MailApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
