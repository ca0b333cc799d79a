package lab.eulogin.idp.devices;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Lets a page wait for a status to change instead of asking again and again: whatever changes a
 * status here says so, and the waiter looks at once; a change that only the clock makes (an
 * expiry, on the lab clock too) is seen at the next look, a second later by default.
 */
final class StatusChanges {
    private final long lookAgainMs;
    private long changes;
    private boolean stopped;

    StatusChanges() {
        this(Duration.ofSeconds(1));
    }

    StatusChanges(Duration lookAgain) {
        this.lookAgainMs = Math.max(1, lookAgain.toMillis());
    }

    /** A status may have changed: every waiter looks again. */
    synchronized void changed() {
        changes++;
        notifyAll();
    }

    /** The server stops: every waiter, now and later, answers at once with the status as it is. */
    synchronized void stopWaiting() {
        stopped = true;
        notifyAll();
    }

    /**
     * The status {@code current} gives once it is another than {@code from}, or after {@code atMost}
     * (or once waiting stopped, or the waiting thread is interrupted), whatever it is then.
     */
    <S> S awaitOther(Supplier<S> current, S from, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            long seen;
            boolean stop;
            synchronized (this) {
                seen = changes;
                stop = stopped;
            }
            S now = current.get();
            long leftMs = (deadline - System.nanoTime()) / 1_000_000;
            if (!Objects.equals(now, from) || leftMs <= 0 || stop) {
                return now;
            }
            synchronized (this) {
                if (changes == seen && !stopped) {
                    try {
                        wait(Math.min(lookAgainMs, leftMs));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return current.get();
                    }
                }
            }
        }
    }
}
