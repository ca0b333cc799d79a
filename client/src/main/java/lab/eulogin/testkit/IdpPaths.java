package lab.eulogin.testkit;

/**
 * The IdP's addresses and lab cookie the kit uses: part of the lab's public contract (EU Login's
 * own paths), written here so the kit needs nothing of the IdP's code. The test kit's
 * {@code WireContractTest} checks them against the IdP's own.
 */
final class IdpPaths {
    static final String PASSWORD_RESET_REQUEST = "/cas/init/passwordResetRequest.cgi";
    static final String LOGIN_IDENTITY_REQUEST = "/cas/login/identity-request";
    static final String OIDC_ISSUER = "/cas/oauth2";
    static final String OIDC_DISCOVERY = "/cas/oauth2/.well-known/openid-configuration";
    /** The cookie a lab-mode IdP reads a browser's lab client id from. */
    static final String LAB_CLIENT_COOKIE = "EULOGIN_LAB_CLIENT";

    private IdpPaths() {
    }
}
