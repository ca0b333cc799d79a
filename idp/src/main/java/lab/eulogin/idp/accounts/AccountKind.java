package lab.eulogin.idp.accounts;

/** EU Login's kinds of account, as services later receive them in {@code domain}/{@code employeeType}. */
public enum AccountKind {
    /** Self-registered through "Create an account". */
    EXTERNAL,
    /** Commission staff. */
    STAFF,
    /** Former staff. */
    RETIREE
}
