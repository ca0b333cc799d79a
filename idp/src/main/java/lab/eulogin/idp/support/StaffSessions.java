package lab.eulogin.idp.support;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Support console sessions in memory, ended after a spell of inactivity on the lab clock. */
public final class StaffSessions {
    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;
    private final SecureRandom random = new SecureRandom();

    public StaffSessions(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    public Optional<StaffSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        StaffSession session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (session.lastSeen().plus(idleTimeout).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    public StaffSession create() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> s.lastSeen().plus(idleTimeout).isBefore(now));
        StaffSession session = new StaffSession(randomToken(), randomToken(), now);
        sessions.put(session.id(), session);
        return session;
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

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
