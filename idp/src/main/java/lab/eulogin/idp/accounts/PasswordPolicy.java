package lab.eulogin.idp.accounts;

/**
 * EU Login's password rule (FAQ ACC-05): at least 10 characters combining upper case, lower case,
 * digits and special characters. The upper bound keeps the slow hash from being used to burn CPU.
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
            if (Character.isUpperCase(c)) upper = true;
            else if (Character.isLowerCase(c)) lower = true;
            else if (Character.isDigit(c)) digit = true;
            else if (SPECIALS.indexOf(c) >= 0) special = true;
        }
        return upper && lower && digit && special;
    }
}
