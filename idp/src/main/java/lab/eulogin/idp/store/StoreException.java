package lab.eulogin.idp.store;

/** A database failure that no caller can mend; the web layer turns it into an error page. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
