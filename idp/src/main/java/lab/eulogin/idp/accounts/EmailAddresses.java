package lab.eulogin.idp.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses are compared trimmed and case-insensitively, so they are stored that way. */
public final class EmailAddresses {
    public static final int MAX_LENGTH = 254;
    private static final String INSTITUTIONS = "europa.eu";

    // Deliberately plain: one @, no spaces or control characters, a dotted domain.
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * An address of an EU institution or body (europa.eu and its subdomains: ec.europa.eu,
     * europarl.europa.eu, ...): their staff get their account from their institution, so EU Login
     * refuses to self-register one.
     */
    public static boolean isInstitutional(String normalised) {
        String domain = normalised.substring(normalised.lastIndexOf('@') + 1);
        return domain.equals(INSTITUTIONS) || domain.endsWith("." + INSTITUTIONS);
    }

    public static boolean isValid(String normalised) {
        return normalised.length() <= MAX_LENGTH
                && SHAPE.matcher(normalised).matches()
                && !normalised.startsWith(".")
                && !normalised.contains("..");
    }
}
