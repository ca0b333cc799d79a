package lab.eulogin.idp.captcha;

import lab.eulogin.idp.limits.WindowCounter;

import java.time.Clock;
import java.time.Duration;

/**
 * Counts registrations per client, so the captcha shows only "in some cases" (FAQ ACC-03): once a
 * client has registered the threshold's number of times within the window.
 */
public final class RegistrationThrottle {
    private final WindowCounter registrations;
    private final int threshold;

    public RegistrationThrottle(Clock clock, int threshold, Duration window) {
        this.registrations = new WindowCounter(clock, window);
        this.threshold = threshold;
    }

    public boolean captchaNeeded(String client) {
        return registrations.count(client) >= threshold;
    }

    public void recordRegistration(String client) {
        registrations.record(client);
    }

    /** Forgets who registered (the lab's reset between tests). */
    public void forget() {
        registrations.clear();
    }
}
