package lab.eulogin.sms.gateway;

import java.util.Locale;
import lab.eulogin.sms.phones.PhoneNumbers;

/**
 * A failure of the gateway switched on for tests: slow answers, server errors or dropped
 * connections, for every request or only for messages to one number.
 *
 * @param delay  milliseconds, for {@code slow}
 * @param status 500 to 599, for {@code server-error}
 * @param number only messages to this number are affected; all gateway requests when absent
 */
public record GatewayFault(Kind kind, Integer delay, Integer status, String number) {
    public static final int MAX_DELAY_MS = 60_000;

    public enum Kind {
        SLOW, SERVER_ERROR, DROP_CONNECTION;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public GatewayFault {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required: slow, server-error or drop-connection");
        }
        if (kind == Kind.SLOW && (delay == null || delay < 1 || delay > MAX_DELAY_MS)) {
            throw new IllegalArgumentException("A slow fault needs a delay in milliseconds, 1 to " + MAX_DELAY_MS);
        }
        if (kind == Kind.SERVER_ERROR && (status == null || status < 500 || status > 599)) {
            throw new IllegalArgumentException("A server-error fault needs a status from 500 to 599");
        }
        if (kind != Kind.SLOW) {
            delay = null;
        }
        if (kind != Kind.SERVER_ERROR) {
            status = null;
        }
        if (number != null) {
            number = PhoneNumbers.normalise(number);
        }
    }
}
