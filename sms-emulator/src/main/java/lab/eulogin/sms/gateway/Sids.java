package lab.eulogin.sms.gateway;

import java.util.concurrent.ThreadLocalRandom;

/** Twilio resource identifiers: a two-letter prefix and 32 hexadecimal digits. */
final class Sids {
    private Sids() {
    }

    static String message() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("SM%016x%016x", random.nextLong(), random.nextLong());
    }
}
