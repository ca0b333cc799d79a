package lab.eulogin.idp.support;

import java.time.Instant;

/**
 * A member of the support staff, without the password hash, which never leaves {@link StaffRepository}.
 *
 * @param login          what they sign in to the console with
 * @param failedAttempts wrong passwords in a row
 * @param lockedUntil    their console sign-in is refused until then, or null
 */
public record StaffMember(long id, String login, String displayName, StaffRole role, int failedAttempts,
                          Instant lockedUntil, Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
