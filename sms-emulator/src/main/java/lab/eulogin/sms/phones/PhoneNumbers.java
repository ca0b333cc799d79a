package lab.eulogin.sms.phones;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers in E.164 form (+, country code, at most 15 digits). Input may omit the + (it is
 * easily lost in URLs) and may carry the spaces, dots, hyphens and parentheses people type.
 */
public final class PhoneNumbers {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
    private static final Pattern E164_DIGITS = Pattern.compile("[1-9]\\d{6,14}");
    /** Twilio's alphanumeric sender IDs: up to 11 letters, digits and spaces, at least one letter. */
    private static final Pattern SENDER_ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

    private PhoneNumbers() {
    }

    /** The number in E.164 form, or {@link InvalidPhoneNumberException}. */
    public static String normalise(String raw) {
        if (raw == null) {
            throw new InvalidPhoneNumberException("null");
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (!E164_DIGITS.matcher(digits).matches()) {
            throw new InvalidPhoneNumberException(raw);
        }
        return "+" + digits;
    }

    public static boolean isValid(String raw) {
        try {
            normalise(raw);
            return true;
        } catch (InvalidPhoneNumberException e) {
            return false;
        }
    }

    /**
     * A sender as phones see it: a number in E.164 form, or an alphanumeric sender ID as given
     * (compared without regard to case). Empty when it is neither.
     */
    public static Optional<String> sender(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (isValid(trimmed)) {
            return Optional.of(normalise(trimmed));
        }
        return SENDER_ID.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
    }
}
