package lab.eulogin.idp.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the lab: system time plus an offset that only moves forward.
 * The IdP and both emulators read it, so moving it (24-hour links, 15-minute lockouts) moves the
 * whole lab at once and nobody has to wait for real.
 */
public final class LabClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset;

    public LabClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private LabClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    public static LabClock system() {
        return new LabClock(Clock.systemUTC());
    }

    /** Moves the lab forward; the clock never goes back, so a negative duration is refused. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The lab clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
        return instant();
    }

    /**
     * Back to real time: the one way the clock goes back, for the lab's reset between tests (which
     * empties everything that was dated on the moved clock at the same time).
     */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new LabClock(base.withZone(zone), offset);
    }

}
