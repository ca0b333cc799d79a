package lab.eulogin.stack.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One demo application behind EU Login: what it is called (as in the IdP's {@code services.yaml}),
 * where it lives on the demo port, and what it does differently from the others.
 *
 * @param id             the id of its entry in the IdP's service registry
 * @param name           the name the registry gives it, shown on EU Login's sign-in page (FAQ SIGN-10)
 * @param path           its context path on the demo port
 * @param summary        what it is for, shown on its page and on the demo services page
 * @param note           what it shows about EU Login, on the demo services page; empty when nothing special
 * @param accent         its header colour, so each application looks like itself and not like EU Login
 * @param protectedPaths the paths the CAS client guards; the rest of the application is public
 * @param validation     extra parameters its CAS client sends to EU Login with each ticket
 * @param failingPage    a page that fails after sign-in with the application's own error (FAQ SIGN-11), or null
 * @param openIdConnect  how it signs in with OpenID Connect instead of CAS; null for a CAS application
 */
public record DemoApp(String id, String name, String path, String summary, String note, String accent,
                      List<String> protectedPaths, Map<String, String> validation, FailingPage failingPage,
                      OidcClient openIdConnect) {

    /** A page of the application that goes wrong after a successful sign-in. */
    public record FailingPage(String path, String label) {
    }

    /**
     * An OpenID Connect client of EU Login, as registered in the IdP's {@code services.yaml}.
     *
     * @param clientId          its {@code clientId}
     * @param secret            its {@code clientSecret}, with which it signs its {@code client_secret_jwt} assertions
     * @param scopes            the scopes it asks for
     * @param secondFactorPaths its pages that need a second factor: it asks EU Login for one with {@code acr_values}
     * @param secondFactorAcrs  the {@code acr} values it takes as a second factor, the one it prefers first
     */
    public record OidcClient(String clientId, String secret, List<String> scopes, List<String> secondFactorPaths,
                             List<String> secondFactorAcrs) {
    }

    public static final DemoApp MY_REMOTE = app("my-remote", "My Remote", "/myremote",
            "The single access point for retired staff: the Commission's applications behind one EU Login sign-in.",
            "Needs a second factor, the app or a security key since July 2025 (FAQ SIGN-14); one sign-in opens "
                    + "every application of its menu, except JSIS Online (FAQ SIGN-09).", "#00594f");
    public static final DemoApp MY_INTRACOMM = app("my-intracomm", "My IntraComm", "/myintracomm",
            "The staff intranet: news, practical information and services for staff and pensioners.",
            "Signed in elsewhere first? It opens without asking anything (FAQ SIGN-08).", "#1a5e9a");
    /** Named by the retirees FAQ among the applications that need a second factor, reached directly, not from My Remote. */
    public static final DemoApp MYPMO = app("mypmo", "MyPMO", "/mypmo",
            "The Paymaster Office: pension slips, allowances and payments.",
            "Reached at its own address, not from My Remote's menu (FAQ SIGN-14).", "#6b3f99");
    public static final DemoApp SYSPER = new DemoApp("sysper-post-activity", "SYSPER Post Activity", "/sysper",
            "Your personal file after active service: addresses, family, pension statement.",
            "Its pension statement fails after sign-in, with the application's own error page (FAQ SIGN-11).",
            "#8a4b08", List.of("/*"), Map.of(), new FailingPage("/pension-statement", "My pension statement"), null);
    public static final DemoApp STAFF_MATTERS = app("staff-matters", "Staff Matters & Staff Contact", "/staffmatters",
            "Staff Matters and Staff Contact: rules, rights and whom to ask.", "", "#2f6f2f");
    public static final DemoApp JSIS_ONLINE = app("jsis-online", "JSIS Online", "/jsis",
            "The Joint Sickness Insurance Scheme: reimbursement claims and prior authorisations.",
            "Asks for your password again, even when you are signed in (FAQ SIGN-09).", "#9a1a3a");
    /** Named by the retirees FAQ among the applications that need a second factor, not in My Remote's menu. */
    public static final DemoApp LEGAL_FINANCIAL = app("legal-financial-information", "Legal & Financial Information",
            "/legalfinancial", "The rules and financial information that apply to staff and pensioners.",
            "Reached at its own address, not from My Remote's menu (FAQ SIGN-14).", "#4a4a4a");
    /**
     * Needs a second factor (MEDIUM in the registry: SMS or the app) and asks EU Login for that
     * level again when it validates; its home page is public, and its password links all lead to
     * EU Login (FAQ ACC-15).
     */
    public static final DemoApp EURES = new DemoApp("eures", "EURES portal", "/eures",
            "The European job mobility portal: job offers and CVs across Europe.",
            "Needs a second factor, SMS or the EU Login app (FAQ SMS-08); keeps no password of its own (FAQ ACC-15).",
            "#0e47cb", List.of("/my/*"), Map.of("authenticationLevel", "MEDIUM"), null, null);
    /**
     * The Commission's file-sharing service (CIRCABC's EUShare), which signs in through EU Login's
     * OpenID Connect provider rather than CAS, with the same accounts and the same single sign-on:
     * signed in at My Remote, it opens without a password, and the other way round. Its public
     * page is where EU Login's end-session sends the browser back; sharing a file needs a second
     * factor, which it asks for with {@code acr_values}.
     *
     * <p>Its relying party is Nimbus's OAuth 2.0 / OpenID Connect SDK ({@link OidcRelyingParty}):
     * discovery, the authorization code flow with PKCE, {@code client_secret_jwt} at the token
     * endpoint as EU Login's registrations use, and the ID token's PS512 signature checked against
     * the provider's JWKS. pac4j was the first choice, but its OpenID Connect module (6.x) reads the
     * discovery document through Spring's resource classes (spring-core is a required dependency,
     * with spring-security-crypto, Guava and Tink), and the lab brings in no Spring; pac4j's module
     * is itself built on this SDK.
     */
    public static final DemoApp EUSHARE = new DemoApp("eushare", "EUShare", "/eushare",
            "Share large files securely with people inside and outside the Commission.",
            "Signs in with OpenID Connect, not CAS, sharing the single sign-on with My Remote; sharing a file "
                    + "needs a second factor.",
            "#5a2d82", List.of("/files/*"), Map.of(), null,
            new OidcClient("eushare", "lab-eushare-secret-for-the-demo-only", List.of("openid", "email", "profile"),
                    List.of("/files/share"),
                    List.of("https://ecas.ec.europa.eu/loa/medium", "https://ecas.ec.europa.eu/loa/high")));

    /**
     * The applications of the My Remote menu, in the retirees FAQ's order (SIGN-09, SIGN-14); the
     * menu ends with "EU Login", My Account, which is EU Login's own page and not a demo application.
     */
    public static final List<DemoApp> MY_REMOTE_MENU = List.of(JSIS_ONLINE, MY_INTRACOMM, SYSPER, STAFF_MATTERS);

    /** Every demo application, as the demo services page lists them. */
    public static final List<DemoApp> ALL = List.of(MY_REMOTE, MY_INTRACOMM, MYPMO, SYSPER, STAFF_MATTERS, JSIS_ONLINE,
            LEGAL_FINANCIAL, EURES, EUSHARE);

    private static DemoApp app(String id, String name, String path, String summary, String note, String accent) {
        return new DemoApp(id, name, path, summary, note, accent, List.of("/*"), Map.of(), null, null);
    }

    /** Whether the whole application is behind EU Login, or only part of it (EURES's account pages). */
    public boolean wholeAppProtected() {
        return protectedPaths.contains("/*");
    }

    /** The page a person opens first: the application's home, or for EURES its public welcome page. */
    public String home() {
        return path + "/";
    }

    /**
     * Where the demo services page and other applications link to: the home, but for an OpenID
     * Connect application its signed-in page, as its public page is where its logout comes back to.
     */
    public String entry() {
        return signsInWithOpenIdConnect() ? signedInHome() : home();
    }

    /** The page that needs a sign-in: the home, or for EURES its account page. */
    public String signedInHome() {
        return wholeAppProtected() ? home() : path + protectedPaths.get(0).replace("*", "");
    }

    /** Whether it signs in with OpenID Connect rather than CAS. */
    public boolean signsInWithOpenIdConnect() {
        return openIdConnect != null;
    }

    public Optional<FailingPage> failing() {
        return Optional.ofNullable(failingPage);
    }
}
