package lab.eulogin.idp.passwords;

import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.accounts.PasswordPolicy;

/** "New password" and "Confirm new password", checked the same way on every page that has them. */
public final class NewPasswords {
    private NewPasswords() {
    }

    public static FieldErrors check(String password, String confirmation) {
        FieldErrors errors = new FieldErrors();
        if (!PasswordPolicy.accepts(password)) {
            errors.add("password", "password-too-weak");
        } else if (!password.equals(confirmation)) {
            errors.add("passwordConfirm", "password-mismatch");
        }
        return errors;
    }
}
