package lab.eulogin.idp.reports;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * References like the EC helpdesk's incidents, "IM00xxxxxxxx" (FAQ HELP-01): "IM00" and eight random
 * digits. Drawn at random, not counted, so that one reference tells nothing of the others.
 */
public final class ReportReferences {
    private static final int DIGITS = 8;
    /** Reports stored before the FAQ's shape was followed have ten digits; they are still looked up. */
    private static final Pattern SHAPE = Pattern.compile("IM00[0-9]{8}([0-9]{2})?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportReferences() {
    }

    public static String next() {
        StringBuilder reference = new StringBuilder("IM00");
        for (int i = 0; i < DIGITS; i++) {
            reference.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return reference.toString();
    }

    public static boolean isReference(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }
}
