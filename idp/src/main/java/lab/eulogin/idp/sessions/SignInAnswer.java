package lab.eulogin.idp.sessions;

/**
 * How the application that asked hears the outcome of a sign-in, in its own protocol: CAS gets a
 * service ticket on its service address, OpenID Connect an authorization code on its redirect URI.
 * The sign-in pages and single sign-on are the same for both; only this last step differs.
 */
public interface SignInAnswer {

    /**
     * Where the browser goes once signed in at the level the application needs.
     *
     * @param fromSso nothing was typed for this request: the sign-in is older than it
     */
    String signedIn(SsoSession sso, boolean fromSso);

    /** Where it goes when no page may be shown and the sign-in is missing or not enough (CAS gateway, OIDC prompt=none). */
    String notSignedIn();
}
