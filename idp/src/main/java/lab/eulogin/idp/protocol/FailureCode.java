package lab.eulogin.idp.protocol;

/** EU Login's failure codes in a validation answer; the CAS 3.0 endpoint uses the same. */
public enum FailureCode {
    /** A parameter is missing or means nothing. */
    INVALID_REQUEST,
    /** Unknown, already validated, expired, or not from a new sign-in when {@code renew} asked for one. */
    INVALID_TICKET,
    /** The ticket was issued to another service. */
    INVALID_SERVICE,
    /** The account is gone, or its assurance level is below {@code assuranceLevel}. */
    INVALID_USER,
    /** The sign-in behind the ticket is weaker than {@code authenticationLevel} asks. */
    INSUFFICIENT_AUTHENTICATION_LEVEL
}
