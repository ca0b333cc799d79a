package lab.eulogin.idp.sessions;

/**
 * The ways of signing in, named as EU Login reports them in {@code strengths}. A service lists
 * those it accepts (FAQ SIGN-13, SMS-08); each reaches one {@link AuthenticationLevel}.
 */
public enum Strength {
    PASSWORD(AuthenticationLevel.BASIC),
    PASSWORD_SMS(AuthenticationLevel.MEDIUM),
    PASSWORD_MOBILE_APP(AuthenticationLevel.MEDIUM),
    PASSWORD_SOFTWARE_TOKEN(AuthenticationLevel.MEDIUM),
    /** "Security Key or Trusted Platform" (FAQ APP-09): WebAuthn after the password. */
    PASSWORD_WEBAUTHN(AuthenticationLevel.MEDIUM);

    private final AuthenticationLevel level;

    Strength(AuthenticationLevel level) {
        this.level = level;
    }

    public AuthenticationLevel level() {
        return level;
    }
}
