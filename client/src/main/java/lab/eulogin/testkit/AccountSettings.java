package lab.eulogin.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The four options by their names ({@link #OPTIONS}), as the lab endpoint takes them. */
    public Map<String, Boolean> byName() {
        Map<String, Boolean> options = new LinkedHashMap<>();
        options.put("emailNotifications", emailNotifications);
        options.put("warnWhenIdentityAsked", warnWhenIdentityAsked);
        options.put("detailsAfterSignIn", detailsAfterSignIn);
        options.put("alwaysMultiFactor", alwaysMultiFactor);
        return options;
    }

    /** A new account's: notifications on, the rest off. */
    public static AccountSettings defaults() {
        return new AccountSettings(true, false, false, false);
    }
}
