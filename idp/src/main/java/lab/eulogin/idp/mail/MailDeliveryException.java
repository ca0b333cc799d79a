package lab.eulogin.idp.mail;

/** The SMTP server did not take a mail; {@link #temporary()} says whether trying again may help. */
public final class MailDeliveryException extends RuntimeException {
    private final boolean temporary;

    public MailDeliveryException(String message, Throwable cause, boolean temporary) {
        super(message, cause);
        this.temporary = temporary;
    }

    public boolean temporary() {
        return temporary;
    }
}
