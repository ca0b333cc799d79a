package lab.eulogin.idp.accounts;

import java.time.Instant;
import java.util.Locale;

/**
 * One EU Login account. A self-registered account has no password until its owner follows the
 * link in the verification e-mail.
 *
 * @param legacyUsername the old ECAS user name, kept only to tell its owner to use the address instead
 * @param operatorEmail  an address an operator set after creation; it does not sign in
 * @param failedAttempts wrong passwords in a row since the last good one
 * @param lockedUntil    when a lock after too many wrong passwords ends, or null
 * @param lastMethod     the verification method of the last sign-in, by its strength's name, or null (FAQ SIGN-13)
 * @param settings       what its owner chose in "Configure my account"
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
        Instant createdAt,
        String legacyUsername,
        String operatorEmail,
        int failedAttempts,
        Instant lockedUntil,
        String lastMethod,
        AccountSettings settings) {

    public boolean activated() {
        return passwordHash != null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
