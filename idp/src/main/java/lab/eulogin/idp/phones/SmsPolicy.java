package lab.eulogin.idp.phones;

import java.time.Duration;

/**
 * The numbers behind SMS challenges. The FAQs give none, so the lab picks them and shows them.
 *
 * @param challengeValidity how long a code works (10 minutes)
 * @param maxTries          wrong codes before a new one must be asked for (3)
 * @param resendInterval    the least time between two codes to one number for one purpose (30 seconds)
 * @param maxPerHour        codes per number, and per client, within an hour (5)
 * @param gatewayTimeout    how long to wait for the SMS provider (5 seconds)
 */
public record SmsPolicy(Duration challengeValidity, int maxTries, Duration resendInterval, int maxPerHour,
                        Duration gatewayTimeout) {

    public static SmsPolicy defaults() {
        return new SmsPolicy(Duration.ofMinutes(10), 3, Duration.ofSeconds(30), 5, Duration.ofSeconds(5));
    }
}
