package lab.eulogin.mail.client;

import java.time.Duration;
import java.util.Locale;

/**
 * How the mail emulator's SMTP server misbehaves, as its {@code /api/faults} names it: refuse new
 * mail for now (4xx) or for good (5xx), or accept it slowly. The emulator checks the delay (at
 * most five minutes) and answers a mistake with its error.
 *
 * @param delay how long a slow server takes (default five seconds); zero for the other kinds
 */
public record SmtpFault(Kind kind, Duration delay) {
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(5);
    public static final SmtpFault NONE = new SmtpFault(Kind.NONE, null);

    public enum Kind {
        NONE, TEMPORARY, PERMANENT, SLOW;

        /** The kind the API names ({@code none}, {@code temporary}, {@code permanent}, {@code slow}). */
        public static Kind parse(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
    }

    public SmtpFault {
        if (kind == Kind.SLOW) {
            delay = delay == null ? DEFAULT_DELAY : delay;
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
