package lab.eulogin.idp.sessions;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When an in-memory store drops what has expired: at most once a second of real time, by the first
 * caller after that, instead of on every insertion. A scan of the whole store on each new session
 * made every sign-in slower the more sign-ins the IdP had served. Lookups check expiry themselves,
 * so a sweep only frees memory; its timing cannot change an answer.
 */
public final class ExpirySweep {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final AtomicLong next = new AtomicLong(System.nanoTime());

    /** True for exactly one caller once the interval has passed: that caller sweeps. */
    public boolean due() {
        long now = System.nanoTime();
        long at = next.get();
        return now - at >= 0 && next.compareAndSet(at, now + INTERVAL_NANOS);
    }
}
