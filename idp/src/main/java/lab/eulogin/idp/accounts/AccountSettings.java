package lab.eulogin.idp.accounts;

/**
 * The options of "Configure my account", in EU Login's words.
 *
 * @param emailNotifications    "I want to receive email notifications": a mail to the owner when how the
 *                              account signs in changes (password, phone, device, security key)
 * @param warnWhenIdentityAsked "Warn me each time an application asks for my identity": single sign-on
 *                              asks before it answers an application
 * @param detailsAfterSignIn    "View my EU Login account details after logging me in"
 * @param alwaysMultiFactor     "Always require multi-factor authentication", even where the password
 *                              alone would do; only with a second factor to use
 */
public record AccountSettings(boolean emailNotifications, boolean warnWhenIdentityAsked, boolean detailsAfterSignIn,
                              boolean alwaysMultiFactor) {

    /** A new account's, as the migration that added them sets them: notifications on, the rest off. */
    public static AccountSettings defaults() {
        return new AccountSettings(true, false, false, false);
    }
}
