package lab.eulogin.mail.smtp;

import java.time.Duration;
import java.util.Locale;

/**
 * How the SMTP server misbehaves, so senders' retry and error paths can be tested: refuse new mail
 * for now (4xx) or for good (5xx), or accept it slowly.
 */
public record SmtpFault(Kind kind, Duration delay) {
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(5);
    public static final Duration MAX_DELAY = Duration.ofMinutes(5);
    public static final SmtpFault NONE = new SmtpFault(Kind.NONE, null);

    public enum Kind {
        NONE, TEMPORARY, PERMANENT, SLOW;

        public static Kind parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown SMTP fault '" + name
                        + "': use none, temporary, permanent or slow");
            }
        }
    }

    public SmtpFault {
        if (kind == Kind.SLOW) {
            delay = delay == null ? DEFAULT_DELAY : delay;
            if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
                throw new IllegalArgumentException("A slow delay lies between PT0S and " + MAX_DELAY);
            }
        } else {
            delay = Duration.ZERO;
        }
    }

    public static SmtpFault temporary() {
        return new SmtpFault(Kind.TEMPORARY, null);
    }

    public static SmtpFault permanent() {
        return new SmtpFault(Kind.PERMANENT, null);
    }

    public static SmtpFault slow(Duration delay) {
        return new SmtpFault(Kind.SLOW, delay);
    }
}
