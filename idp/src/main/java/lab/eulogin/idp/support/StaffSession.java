package lab.eulogin.idp.support;

import lab.eulogin.idp.sessions.IdleSession;

import java.time.Instant;

/**
 * A browser in the support console: its own CSRF token and language, and who of the staff signed
 * in, kept apart from any EU Login session the same browser may have.
 */
public final class StaffSession extends IdleSession {
    private volatile StaffMember staff;
    private volatile String notice;

    StaffSession(String id, String csrfToken, Instant now) {
        super(id, csrfToken, now);
    }

    /** Who signed in, or null. */
    public StaffMember staff() { return staff; }

    void signIn(StaffMember member) { this.staff = member; }

    /** The signed-in staff member as now stored (another role, say); only the same person. */
    public void refresh(StaffMember member) {
        StaffMember current = staff;
        if (current != null && current.id() == member.id()) {
            this.staff = member;
        }
    }

    /** A message for the next page only (after an action and its redirect). */
    public String takeNotice() {
        String shown = notice;
        notice = null;
        return shown;
    }

    public void setNotice(String key) { this.notice = key; }
}
