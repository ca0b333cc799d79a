package lab.eulogin.idp.captcha;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts registrations per client over a sliding window, so the captcha shows only "in some
 * cases" (FAQ ACC-03): once a client has registered more than the threshold within the window.
 */
public final class RegistrationThrottle {
    private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int threshold;
    private final Duration window;

    public RegistrationThrottle(Clock clock, int threshold, Duration window) {
        this.clock = clock;
        this.threshold = threshold;
        this.window = window;
    }

    public boolean captchaNeeded(String client) {
        Deque<Instant> times = byClient.get(client);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= threshold;
        }
    }

    public void recordRegistration(String client) {
        Deque<Instant> times = byClient.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }
}
