package lab.eulogin.testkit;

/**
 * EU Login's kinds of account, as the lab's {@code /__lab/accounts} takes them and services later
 * receive them in {@code domain}/{@code employeeType}.
 */
public enum AccountKind {
    /** Self-registered through "Create an account". */
    EXTERNAL,
    /** Commission staff. */
    STAFF,
    /**
     * Former staff with an "EU Login4Life", given before leaving to those whose retirement from the
     * Commission or the Council was requested through Sysper after 20 December 2020 (retirees FAQ).
     */
    RETIREE,
    /**
     * Former staff on the "external" EU Login they created themselves after retiring: self-registered
     * like {@link #EXTERNAL}, but a retiree's account all the same, whose password expires like an
     * EU Login4Life's (FAQ SIGN-12, HELP-04).
     */
    RETIREE_EXTERNAL
}
