package lab.eulogin.idp.protocol;

import lab.eulogin.idp.accounts.AccountKind;

import java.util.Locale;
import java.util.Optional;

/**
 * How well EU Login knows who is behind an account, as services read it in {@code assuranceLevel}:
 * a self-registered address is LOW, Commission staff TOP.
 */
public enum AssuranceLevel {
    LOW(10), MEDIUM(20), HIGH(30), TOP(40);

    private final int value;

    AssuranceLevel(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static AssuranceLevel of(AccountKind kind) {
        return switch (kind) {
            case EXTERNAL, RETIREE_EXTERNAL -> LOW;
            case RETIREE -> HIGH;
            case STAFF -> TOP;
        };
    }

    /** A parameter naming a level, by name (TOP) or number (40); empty when it names none. */
    public static Optional<AssuranceLevel> parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        for (AssuranceLevel level : values()) {
            if (level.name().equals(value) || String.valueOf(level.value).equals(value)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
