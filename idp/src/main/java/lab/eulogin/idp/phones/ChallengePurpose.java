package lab.eulogin.idp.phones;

/** What an SMS challenge proves. */
public enum ChallengePurpose {
    /** That the number being added is the user's (FAQ SMS-02). */
    ADD_PHONE,
    /** The second factor of a sign-in (FAQ SMS-03). */
    SIGN_IN
}
