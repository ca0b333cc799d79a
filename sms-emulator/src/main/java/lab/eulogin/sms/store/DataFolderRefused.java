package lab.eulogin.sms.store;

/**
 * The data folder cannot be used: another running emulator holds it, or its journal is damaged.
 * The message says which, in one line, for a person to act on.
 */
public final class DataFolderRefused extends IllegalStateException {
    public DataFolderRefused(String message) {
        super(message);
    }

    public DataFolderRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
