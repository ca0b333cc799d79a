package lab.eulogin.testkit;

/**
 * Where a running lab answers: what a test points its CAS or OpenID Connect client, mail program
 * or browser at.
 * Made from any lab's addresses (a container's mapped ports, {@code ./lab demo}, a shared lab in
 * CI) with the constructor; the test kit's {@code InJvmLab.runtimeInfo(lab)} makes it for a lab
 * started in the test's JVM.
 *
 * @param idpUrl   EU Login, e.g. http://127.0.0.1:7000 (the CAS server URL prefix is this plus /cas)
 * @param smsUrl   the SMS emulator: virtual phones page and API, e.g. http://127.0.0.1:7100
 * @param mailUrl  the mail emulator: web mailbox and API, e.g. http://127.0.0.1:7200
 * @param mailHost the host of the mail emulator's SMTP and IMAP ports
 * @param smtpPort SMTP, where EU Login's (and your application's) mail goes
 * @param imapPort IMAP, to read that mail with a mail program or Jakarta Mail
 */
public record LabRuntimeInfo(String idpUrl, String smsUrl, String mailUrl, String mailHost, int smtpPort, int imapPort) {

    public LabRuntimeInfo {
        idpUrl = withoutTrailingSlash(idpUrl);
        smsUrl = withoutTrailingSlash(smsUrl);
        mailUrl = withoutTrailingSlash(mailUrl);
    }

    /** What a CAS client is configured with as the server's URL prefix ({@code casServerUrlPrefix}). */
    public String casServerUrlPrefix() {
        return idpUrl + "/cas";
    }

    /** EU Login's sign-in page ({@code casServerLoginUrl}). */
    public String casLoginUrl() {
        return idpUrl + "/cas/login";
    }

    /**
     * The OpenID Connect issuer, e.g. {@code http://localhost:41234/cas/oauth2}: the {@code iss} of
     * the lab's ID tokens, which a client checks them against. It is made of the address browsers
     * use ({@link #idpUrl}), as EU Login's own is.
     */
    public String oidcIssuer() {
        return idpUrl + IdpPaths.OIDC_ISSUER;
    }

    /** The OpenID Connect discovery document: the endpoints, keys and what the provider supports. */
    public String oidcDiscoveryUrl() {
        return idpUrl + IdpPaths.OIDC_DISCOVERY;
    }

    private static String withoutTrailingSlash(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Every address of the lab is needed; one is missing");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
