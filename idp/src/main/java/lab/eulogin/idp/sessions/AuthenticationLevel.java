package lab.eulogin.idp.sessions;

import java.util.Locale;
import java.util.Optional;

/**
 * How strongly a sign-in proved who it is, as EU Login names it: BASIC is the password alone,
 * MEDIUM adds a second factor (SMS, mobile app, token), HIGH asks for more than the lab offers.
 */
public enum AuthenticationLevel {
    BASIC, MEDIUM, HIGH;

    public boolean satisfies(AuthenticationLevel required) {
        return compareTo(required) >= 0;
    }

    public static AuthenticationLevel strongest(AuthenticationLevel a, AuthenticationLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The value of an {@code authenticationLevel} parameter; empty when it names no level. */
    public static Optional<AuthenticationLevel> parse(String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (AuthenticationLevel level : values()) {
            if (level.name().equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
