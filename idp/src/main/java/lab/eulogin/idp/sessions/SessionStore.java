package lab.eulogin.idp.sessions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Sessions in memory, forgotten after a spell of inactivity on the lab clock: one store for EU
 * Login's browsers, another for the support console's.
 */
public final class SessionStore<S extends IdleSession> {
    /** Makes a session from its random id and CSRF token. */
    public interface Factory<S> {
        S create(String id, String csrfToken, Instant now);
    }

    private final Map<String, S> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;
    private final Factory<S> factory;
    private final SecureRandom random = new SecureRandom();
    private final ExpirySweep sweep = new ExpirySweep();

    public SessionStore(Clock clock, Duration idleTimeout, Factory<S> factory) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.factory = factory;
    }

    /** EU Login's browser sessions. */
    public static SessionStore<BrowserSession> forBrowsers(Clock clock, Duration idleTimeout) {
        return new SessionStore<>(clock, idleTimeout, BrowserSession::new);
    }

    /** Ends every session (the lab's reset between tests). */
    public void clear() {
        sessions.clear();
    }

    public Optional<S> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        S session = sessions.get(id);
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

    public S create() {
        Instant now = clock.instant();
        if (sweep.due()) {
            sessions.values().removeIf(s -> s.lastSeen().plus(idleTimeout).isBefore(now));
        }
        S session = factory.create(randomToken(), randomToken(), now);
        sessions.put(session.id(), session);
        return session;
    }

    public void remove(String id) {
        sessions.remove(id);
    }

    /** Ends every session that matches, expired or not. */
    public void removeIf(Predicate<S> ended) {
        sessions.values().removeIf(ended);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
