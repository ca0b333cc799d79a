package lab.eulogin.idp.accounts;

import java.util.Optional;

/** The first factor: e-mail address and password. */
public final class Authentication {

    public sealed interface Outcome {
        record Success(Account account) implements Outcome { }

        record UnknownAccount() implements Outcome { }

        /** Registered, but the verification link was never followed. */
        record NotActivated() implements Outcome { }

        record WrongPassword(Account account) implements Outcome { }
    }

    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    public Authentication(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /** NEXT on the sign-in page: whether an account exists (FAQ ACC-13, SIGN-01). */
    public Optional<Account> identify(String email) {
        String address = EmailAddresses.normalise(email);
        return EmailAddresses.isValid(address) ? accounts.findByEmail(address) : Optional.empty();
    }

    public Outcome checkPassword(String email, String password) {
        Optional<Account> found = identify(email);
        if (found.isEmpty()) {
            return new Outcome.UnknownAccount();
        }
        Account account = found.get();
        if (!account.activated()) {
            return new Outcome.NotActivated();
        }
        return hasher.verify(password, account.passwordHash())
                ? new Outcome.Success(account)
                : new Outcome.WrongPassword(account);
    }
}
