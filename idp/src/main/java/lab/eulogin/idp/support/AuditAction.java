package lab.eulogin.idp.support;

/** What can be done in the support console; each is recorded in the audit with who and when. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_REFUSED, SIGN_OUT, LOOK_UP, VIEW_ACCOUNT, UNLOCK, SEND_INITIALISATION_LINK, VIEW_REPORT,
    RESOLVE_REPORT, VIEW_AUDIT,
    /** An action the staff member's role does not allow, refused. */
    REFUSED
}
