package lab.eulogin.idp.accounts;

import java.util.regex.Pattern;

/**
 * First and last names: "cannot be empty and can contain letters in any alphabet" (EU Login's own
 * words), with the spaces, apostrophes, hyphens and dots real names carry.
 */
public final class Names {
    public static final int MAX_LENGTH = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*");

    private Names() {
    }

    /** Trims and folds runs of white space, so "  Ana   María " is stored as "Ana María". */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    }

    /** @return the message key of what is wrong, or null */
    public static String problem(String normalised, String emptyKey, String invalidKey) {
        if (normalised.isEmpty()) return emptyKey;
        if (normalised.length() > MAX_LENGTH) return "too-long";
        if (!NAME.matcher(normalised).matches()) return invalidKey;
        return null;
    }
}
