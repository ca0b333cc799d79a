package lab.eulogin.idp.sessions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Browser sessions in memory, forgotten after a spell of inactivity on the lab clock. */
public final class SessionStore {
    private final Map<String, BrowserSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;
    private final SecureRandom random = new SecureRandom();

    public SessionStore(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    public Optional<BrowserSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        BrowserSession session = sessions.get(id);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastSeen().plus(idleTimeout).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    public BrowserSession create() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> s.lastSeen().plus(idleTimeout).isBefore(now));
        BrowserSession session = new BrowserSession(randomToken(), randomToken(), now);
        sessions.put(session.id(), session);
        return session;
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
