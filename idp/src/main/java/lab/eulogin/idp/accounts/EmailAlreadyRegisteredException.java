package lab.eulogin.idp.accounts;

/** Another account already has this address (FAQ ACC-09). */
public final class EmailAlreadyRegisteredException extends RuntimeException {
    public EmailAlreadyRegisteredException(String email) {
        super("An account already exists for " + email);
    }
}
