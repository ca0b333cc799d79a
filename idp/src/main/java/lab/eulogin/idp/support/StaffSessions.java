package lab.eulogin.idp.support;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import lab.eulogin.idp.sessions.SessionStore;

/** Support console sessions in memory, ended after a spell of inactivity on the lab clock. */
public final class StaffSessions {
    private final SessionStore<StaffSession> sessions;

    public StaffSessions(Clock clock, Duration idleTimeout) {
        this.sessions = new SessionStore<>(clock, idleTimeout, StaffSession::new);
    }

    public Optional<StaffSession> find(String id) {
        return sessions.find(id);
    }

    public StaffSession create() {
        return sessions.create();
    }

    /** A fresh session for the staff member who just signed in; the one before is forgotten (fixation). */
    public StaffSession signIn(StaffSession before, StaffMember member) {
        StaffSession fresh = create();
        fresh.setLocale(before.locale());
        fresh.signIn(member);
        sessions.remove(before.id());
        return fresh;
    }

    public void remove(String id) {
        sessions.remove(id);
    }
}
