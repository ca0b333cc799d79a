package lab.eulogin.idp.support;

import lab.eulogin.idp.mail.Delivery;

import java.time.Instant;

/**
 * What else an audit line tells, kept in no language: a code and the values it names, which the
 * console puts into the words of the page's language (message {@code support.audit.detail.CODE}
 * with {0} the value, {1} the moment, {2} the role). A line written before codes existed has none:
 * its value is the English text it was written with ({@link #asWritten}).
 *
 * @param code  what kind of detail; null for a line written before codes existed
 * @param value an address looked up, a report's reference, or a line's text as written; or null
 * @param at    a moment the detail names, or null
 * @param role  the staff role the detail names, or null
 */
public record AuditDetail(Code code, String value, Instant at, StaffRole role) {

    public enum Code {
        LOOKED_UP, LOOKED_UP_NO_ACCOUNT, WAS_LOCKED_UNTIL, WAS_NOT_LOCKED, MAIL_SENT, MAIL_QUEUED, MAIL_FAILED,
        SIGNED_IN_AS, SIGN_IN_LOCKED_UNTIL, WRONG_LOGIN_OR_PASSWORD, REPORT, UNLOCK_NOT_ALLOWED,
        INITIALISATION_LINK_NOT_ALLOWED, RESOLVE_NOT_ALLOWED
    }

    /** What a look-up was typed with, and whether it found an account. */
    public static AuditDetail lookedUp(String typed, boolean found) {
        return new AuditDetail(found ? Code.LOOKED_UP : Code.LOOKED_UP_NO_ACCOUNT, typed, null, null);
    }

    /** @param lockedUntil when the lock that was lifted would have ended, or null when there was none */
    public static AuditDetail unlocked(Instant lockedUntil) {
        return lockedUntil == null ? new AuditDetail(Code.WAS_NOT_LOCKED, null, null, null)
                : new AuditDetail(Code.WAS_LOCKED_UNTIL, null, lockedUntil, null);
    }

    public static AuditDetail mail(Delivery delivery) {
        return new AuditDetail(switch (delivery) {
            case SENT -> Code.MAIL_SENT;
            case QUEUED -> Code.MAIL_QUEUED;
            case FAILED -> Code.MAIL_FAILED;
        }, null, null, null);
    }

    public static AuditDetail signedInAs(StaffRole role) {
        return new AuditDetail(Code.SIGNED_IN_AS, null, null, role);
    }

    public static AuditDetail signInLockedUntil(Instant until) {
        return new AuditDetail(Code.SIGN_IN_LOCKED_UNTIL, null, until, null);
    }

    public static AuditDetail wrongLoginOrPassword() {
        return new AuditDetail(Code.WRONG_LOGIN_OR_PASSWORD, null, null, null);
    }

    public static AuditDetail report(String reference) {
        return new AuditDetail(Code.REPORT, reference, null, null);
    }

    /**
     * An action the role does not allow.
     *
     * @param refused   {@link Code#UNLOCK_NOT_ALLOWED}, {@link Code#INITIALISATION_LINK_NOT_ALLOWED} or
     *                  {@link Code#RESOLVE_NOT_ALLOWED}
     * @param reference the report's reference, for a report; else null
     */
    public static AuditDetail notAllowed(Code refused, StaffRole role, String reference) {
        return new AuditDetail(refused, reference, null, role);
    }

    /** A line written before codes existed: its English text, shown as it is. */
    public static AuditDetail asWritten(String text) {
        return new AuditDetail(null, text, null, null);
    }
}
