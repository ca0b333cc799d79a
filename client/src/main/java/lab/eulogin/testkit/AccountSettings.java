package lab.eulogin.testkit;

import java.util.List;

/**
 * The options of "Configure my account", in EU Login's words, as the lab's
 * {@code /__lab/accounts} endpoints take and answer them.
 *
 * @param emailNotifications    "I want to receive email notifications"
 * @param warnWhenIdentityAsked "Warn me each time an application asks for my identity"
 * @param detailsAfterSignIn    "View my EU Login account details after logging me in"
 * @param alwaysMultiFactor     "Always require multi-factor authentication"; only with a second factor to use
 */
public record AccountSettings(boolean emailNotifications, boolean warnWhenIdentityAsked, boolean detailsAfterSignIn,
                              boolean alwaysMultiFactor) {

    /** The options' names, as the lab endpoint names them: the record's own. */
    public static final List<String> OPTIONS =
            List.of("emailNotifications", "warnWhenIdentityAsked", "detailsAfterSignIn", "alwaysMultiFactor");

    /** Whether the option of this name ({@link #OPTIONS}) is on. */
    public boolean isOn(String option) {
        return switch (option) {
            case "emailNotifications" -> emailNotifications;
            case "warnWhenIdentityAsked" -> warnWhenIdentityAsked;
            case "detailsAfterSignIn" -> detailsAfterSignIn;
            case "alwaysMultiFactor" -> alwaysMultiFactor;
            default -> throw new IllegalArgumentException("No option '" + option + "'");
        };
    }

    /** These settings with the option of this name ({@link #OPTIONS}) on or off. */
    public AccountSettings with(String option, boolean on) {
        return switch (option) {
            case "emailNotifications" -> new AccountSettings(on, warnWhenIdentityAsked, detailsAfterSignIn, alwaysMultiFactor);
            case "warnWhenIdentityAsked" -> new AccountSettings(emailNotifications, on, detailsAfterSignIn, alwaysMultiFactor);
            case "detailsAfterSignIn" -> new AccountSettings(emailNotifications, warnWhenIdentityAsked, on, alwaysMultiFactor);
            case "alwaysMultiFactor" -> new AccountSettings(emailNotifications, warnWhenIdentityAsked, detailsAfterSignIn, on);
            default -> throw new IllegalArgumentException("No option '" + option + "'");
        };
    }

    /** A new account's: notifications on, the rest off. */
    public static AccountSettings defaults() {
        return new AccountSettings(true, false, false, false);
    }
}
