package lab.eulogin.idp.passwords;

import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.accounts.PasswordPolicy;

/** "New password" and "Confirm new password", checked the same way on every page that has them. */
public final class NewPasswords {
    private NewPasswords() {
    }

    public static FieldErrors check(String password, String confirmation) {
        FieldErrors errors = new FieldErrors();
        if (password.isEmpty()) {
            errors.add("password", "password-required");
        } else if (!PasswordPolicy.accepts(password)) {
            errors.add("password", "password-too-weak");
        }
        if (confirmation.isEmpty()) {
            errors.add("passwordConfirm", "password-required");
        } else if (!errors.has("password") && !password.equals(confirmation)) {
            errors.add("passwordConfirm", "password-mismatch");
        }
        return errors;
    }
}
