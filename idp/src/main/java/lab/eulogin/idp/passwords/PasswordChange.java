package lab.eulogin.idp.passwords;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.accounts.PasswordHasher;

/** "Change password" in My Account (FAQ PWD-04), and the change an expired password forces (SIGN-12). */
public final class PasswordChange {
    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    public PasswordChange(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /** @return the problems, empty when the password was changed */
    public FieldErrors change(Account account, String current, String password, String confirmation) {
        FieldErrors errors = new FieldErrors();
        if (current.isEmpty()) {
            errors.add("currentPassword", "password-required");
        } else if (!account.activated() || !hasher.verify(current, account.passwordHash())) {
            errors.add("currentPassword", "password-incorrect");
        }
        NewPasswords.check(password, confirmation).asMap().forEach(errors::add);
        // Only once the current password is proven: otherwise this answer would confirm a guess of it.
        if (errors.isEmpty() && hasher.verify(password, account.passwordHash())) {
            errors.add("password", "password-same-as-before");
        }
        if (errors.isEmpty()) {
            accounts.setPassword(account.id(), hasher.hash(password));
        }
        return errors;
    }
}
