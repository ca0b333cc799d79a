package lab.eulogin.stack;

/** The lab cannot start as configured; the message says why and what to change, in one line. */
public final class StartRefused extends RuntimeException {
    StartRefused(String message) {
        super(message);
    }
}
