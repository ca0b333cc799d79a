package lab.eulogin.idp.passwords;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.accounts.PasswordHasher;
import lab.eulogin.idp.accounts.SecurityChange;
import lab.eulogin.idp.accounts.SecurityNotices;

/** "Change password" in My Account (FAQ PWD-04), and the change an expired password forces (SIGN-12). */
public final class PasswordChange {
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final SecurityNotices notices;

    public PasswordChange(AccountRepository accounts, PasswordHasher hasher, SecurityNotices notices) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.notices = notices;
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
            notices.tell(account.id(), SecurityChange.passwordChanged());
        }
        return errors;
    }
}
