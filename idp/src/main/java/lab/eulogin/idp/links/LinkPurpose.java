package lab.eulogin.idp.links;

/** Why a link was e-mailed: both lead to the "New password" page. */
public enum LinkPurpose {
    /** The verification link of a new account (FAQ ACC-04). */
    INITIALISE,
    /** "Lost your password?" (FAQ PWD-01, ACC-10). */
    RESET,
    /** Confirms a new e-mail address, sent to that address (FAQ HELP-03). */
    EMAIL_CHANGE;

    public boolean setsPassword() {
        return this == INITIALISE || this == RESET;
    }
}
