package lab.eulogin.idp.accounts;

import java.time.Instant;
import java.util.Locale;

/**
 * One EU Login account. A self-registered account has no password until its owner follows the
 * link in the verification e-mail.
 */
public record Account(
        long id,
        String uid,
        String email,
        String firstName,
        String lastName,
        Locale emailLanguage,
        AccountKind kind,
        String passwordHash,
        Instant passwordChangedAt,
        Instant createdAt) {

    public boolean activated() {
        return passwordHash != null;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
