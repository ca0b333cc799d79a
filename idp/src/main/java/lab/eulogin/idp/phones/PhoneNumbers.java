package lab.eulogin.idp.phones;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.regex.Pattern;

/**
 * EU Login's rule for a mobile number (FAQ SMS-04): "+" and the country code with no space after
 * the "+"; spaces in the rest are closed up; dots, parentheses and hyphens are refused with a
 * message that says so. What is left is checked by libphonenumber and kept in E.164 form.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern PUNCTUATION = Pattern.compile("[.()\\-]");
    private static final Pattern DIGITS = Pattern.compile("\\+[0-9]+");
    private static final int MAX_TYPED = 40;

    /** Either a number in E.164 form, or the message key of what is wrong. */
    public record Parsed(String e164, String problem) {
        public boolean ok() {
            return problem == null;
        }

        static Parsed problem(String key) {
            return new Parsed(null, key);
        }
    }

    private PhoneNumbers() {
    }

    public static Parsed parse(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) return Parsed.problem("phone-required");
        if (value.length() > MAX_TYPED) return Parsed.problem("phone-invalid");
        if (PUNCTUATION.matcher(value).find()) return Parsed.problem("phone-punctuation");
        if (!value.startsWith("+")) return Parsed.problem("phone-plus-missing");
        if (value.length() > 1 && Character.isWhitespace(value.charAt(1))) return Parsed.problem("phone-space-after-plus");
        String closed = value.replaceAll("\\s+", "");
        if (!DIGITS.matcher(closed).matches()) return Parsed.problem("phone-invalid");
        PhoneNumber number;
        try {
            number = UTIL.parse(closed, null);
        } catch (NumberParseException e) {
            return Parsed.problem("phone-invalid");
        }
        if (!UTIL.isValidNumber(number)) return Parsed.problem("phone-invalid");
        PhoneNumberType type = UTIL.getNumberType(number);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            return Parsed.problem("phone-not-mobile");
        }
        return new Parsed(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), null);
    }

    /** For pages: "+32 470 12 34 56" rather than "+32470123456". */
    public static String display(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** For places where the whole number should not show: "+32 ••• •• •• 56". */
    public static String masked(String e164) {
        String shown = display(e164);
        int space = shown.indexOf(' ');
        String country = space > 0 ? shown.substring(0, space) : shown.substring(0, Math.min(3, shown.length()));
        String rest = shown.substring(country.length());
        long digits = rest.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(country);
        int seen = 0;
        for (char c : rest.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen > digits - 2 ? c : '•');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
