package lab.eulogin.idp.sessions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Single sign-on sessions in memory, on the lab clock: one unused for the idle lifetime, or older
 * than the maximum lifetime, is gone, and its browser signs in again.
 */
public final class SsoSessionStore {
    private final Map<String, SsoSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration maxLifetime;
    private final SecureRandom random = new SecureRandom();
    private final ExpirySweep sweep = new ExpirySweep();

    public SsoSessionStore(Clock clock, Duration idleTimeout, Duration maxLifetime) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maxLifetime = maxLifetime;
    }

    /** Ends every single sign-on session (the lab's reset between tests). */
    public void clear() {
        sessions.clear();
    }

    /** A new sign-in with the password (strength PASSWORD, level BASIC). */
    public SsoSession create(long accountId, AuthenticationFactor moniker) {
        Instant now = clock.instant();
        if (sweep.due()) {
            sessions.values().removeIf(s -> expired(s, now));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = "TGC-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SsoSession session = new SsoSession(id, accountId, now, now, now, List.of(Strength.PASSWORD), List.of(moniker));
        sessions.put(id, session);
        return session;
    }

    /** The live session behind a cookie value, its idle time restarted; empty when unknown or expired. */
    public Optional<SsoSession> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        SsoSession found = sessions.get(id);
        if (found == null) {
            return Optional.empty();
        }
        if (expired(found, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        SsoSession touched = found.touchedAt(now);
        sessions.replace(id, found, touched);
        return Optional.of(touched);
    }

    /** Stores a changed session (after a second factor), if it is still there. */
    public void update(SsoSession session) {
        sessions.computeIfPresent(session.id(), (id, old) -> session);
    }

    public void remove(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Ends every single sign-on of the account but {@code keepId}'s (which may be null). */
    public void removeAllOf(long accountId, String keepId) {
        sessions.values().removeIf(s -> s.accountId() == accountId && !s.id().equals(keepId));
    }

    private boolean expired(SsoSession session, Instant now) {
        return !now.isBefore(session.lastUsedAt().plus(idleTimeout))
                || !now.isBefore(session.createdAt().plus(maxLifetime));
    }
}
