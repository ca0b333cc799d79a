package lab.eulogin.idp.support;

import java.time.Duration;

/**
 * The numbers of the support console.
 *
 * @param lockoutThreshold wrong passwords in a row that lock a staff member's console sign-in (5)
 * @param lockoutDuration  how long that lasts (15 minutes)
 * @param sessionIdle      a console session unused this long ends (30 minutes)
 */
public record SupportPolicy(int lockoutThreshold, Duration lockoutDuration, Duration sessionIdle) {

    public static SupportPolicy defaults() {
        return new SupportPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30));
    }
}
