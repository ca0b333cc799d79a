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
        if (!account.activated() || !hasher.verify(current, account.passwordHash())) {
            return new FieldErrors().add("currentPassword", "password-incorrect");
        }
        FieldErrors errors = NewPasswords.check(password, confirmation);
        if (errors.isEmpty() && hasher.verify(password, account.passwordHash())) {
            errors.add("password", "password-same-as-before");
        }
        if (errors.isEmpty()) {
            accounts.setPassword(account.id(), hasher.hash(password));
        }
        return errors;
    }
}
