package lab.eulogin.idp.accounts;

/**
 * EU Login's password rule (FAQ ACC-05): at least 10 characters combining the FAQ's four kinds,
 * "Upper case: A to Z", "Lower case: a to z", "Numeric: 0 to 9" and its special characters. Other
 * characters (an accented letter, a space) may be part of a password but count as none of them.
 * The upper bound keeps the slow hash from being used to burn CPU.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final String SPECIALS = "!\"#$%&'()*+,-./:;<=>@[\\]^_`{|}~";

    private PasswordPolicy() {
    }

    public static boolean accepts(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return false;
        }
        boolean upper = false, lower = false, digit = false, special = false;
        for (char c : password.toCharArray()) {
            if (c >= 'A' && c <= 'Z') upper = true;
            else if (c >= 'a' && c <= 'z') lower = true;
            else if (c >= '0' && c <= '9') digit = true;
            else if (SPECIALS.indexOf(c) >= 0) special = true;
        }
        return upper && lower && digit && special;
    }
}
