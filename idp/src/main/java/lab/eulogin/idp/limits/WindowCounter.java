package lab.eulogin.idp.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts events per key over a sliding window on the lab clock, for rate limits. */
public final class WindowCounter {
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> byKey = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration window;

    public WindowCounter(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    public int count(String key) {
        Deque<Instant> times = byKey.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    public void record(String key) {
        if (byKey.size() >= MAX_KEYS) {
            byKey.clear(); // bounded memory beats exact counts for a flood of distinct keys
        }
        Deque<Instant> times = byKey.computeIfAbsent(key, k -> new ArrayDeque<>());
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

    /** Forgets every count (the lab's reset between tests). */
    public void clear() {
        byKey.clear();
    }
}
