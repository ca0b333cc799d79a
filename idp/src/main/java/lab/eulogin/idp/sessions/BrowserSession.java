package lab.eulogin.idp.sessions;

import lab.eulogin.idp.captcha.Captcha;
import lab.eulogin.idp.devices.Enrolments;
import lab.eulogin.idp.devices.PendingAppSignIn;
import lab.eulogin.idp.phones.PendingSmsSignIn;
import lab.eulogin.idp.webauthn.Ceremony;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the IdP remembers about one browser between pages: its CSRF token, the language it reads,
 * the address typed at NEXT, and who signed in. Lives only as long as the browser session.
 */
public final class BrowserSession extends IdleSession {
    private volatile String pendingEmail;
    private volatile Long accountId;
    private volatile boolean welcomeBack;
    private volatile Long expiredPasswordAccountId;
    private volatile String returnTo;
    /** The captcha last shown on each form (a page name), so that two forms open side by side both work. */
    private final Map<String, Captcha> captchas = new ConcurrentHashMap<>();
    private volatile String pendingPhone;
    private volatile LoginRequest loginRequest;
    private volatile Enrolments.Started.Ok pendingEnrolment;
    private volatile PendingAppSignIn pendingAppSignIn;
    private volatile PendingSmsSignIn pendingSmsSignIn;
    private volatile String problemReport;
    private volatile Ceremony webAuthnCeremony;
    private volatile String continueTo;

    BrowserSession(String id, String csrfToken, Instant now) {
        super(id, csrfToken, now);
    }

    /** The address typed on the first sign-in step, waiting for its password. */
    public String pendingEmail() { return pendingEmail; }

    public void setPendingEmail(String email) { this.pendingEmail = email; }

    public Long accountId() { return accountId; }

    /** The pending address came from this browser's last sign-in, not from typing (FAQ SIGN-02). */
    public boolean welcomeBack() { return welcomeBack; }

    public void setWelcomeBack(boolean welcomeBack) { this.welcomeBack = welcomeBack; }

    /** The password was right but has expired: it must be changed before going on (FAQ SIGN-12). */
    public Long expiredPasswordAccountId() { return expiredPasswordAccountId; }

    public void setExpiredPasswordAccountId(Long accountId) { this.expiredPasswordAccountId = accountId; }

    /** A page of this IdP (never an outside address) to return to after signing in. */
    public String returnTo() { return returnTo; }

    public void setReturnTo(String path) { this.returnTo = path; }

    /** Shows this captcha on the form, instead of any shown on it before. */
    public void showCaptcha(String form, Captcha captcha) { captchas.put(form, captcha); }

    /** The captcha last shown on the form, taken once: whoever sends the form first spends it; else null. */
    public Captcha takeCaptcha(String form) { return captchas.remove(form); }

    /** A number being added in My Account, waiting for its SMS challenge (FAQ SMS-02). */
    public String pendingPhone() { return pendingPhone; }

    public void setPendingPhone(String number) { this.pendingPhone = number; }

    /** What the service that sent the browser here asked for, until a ticket goes back to it. */
    public LoginRequest loginRequest() { return loginRequest; }

    public void setLoginRequest(LoginRequest request) { this.loginRequest = request; }

    /** A device being added in My Account, its QR code waiting for the app (FAQ APP-02). */
    public Enrolments.Started.Ok pendingEnrolment() { return pendingEnrolment; }

    public void setPendingEnrolment(Enrolments.Started.Ok enrolment) { this.pendingEnrolment = enrolment; }

    /** A sign-in waiting for the mobile app: a push to answer or a QR code to read (FAQ APP-03, APP-08). */
    public PendingAppSignIn pendingAppSignIn() { return pendingAppSignIn; }

    public void setPendingAppSignIn(PendingAppSignIn pending) { this.pendingAppSignIn = pending; }

    /** A sign-in waiting for the SMS challenge (FAQ SMS-03). */
    public PendingSmsSignIn pendingSmsSignIn() { return pendingSmsSignIn; }

    public void setPendingSmsSignIn(PendingSmsSignIn pending) { this.pendingSmsSignIn = pending; }

    /** The reference of the problem this browser reported last, for its confirmation page (FAQ HELP-01). */
    public String problemReport() { return problemReport; }

    public void setProblemReport(String reference) { this.problemReport = reference; }

    /** A security key being registered, or signing in, waiting for the browser's answer (FAQ APP-09). */
    public Ceremony webAuthnCeremony() { return webAuthnCeremony; }

    public void setWebAuthnCeremony(Ceremony ceremony) { this.webAuthnCeremony = ceremony; }

    /**
     * Where "Continue" goes from the account details shown after a sign-in ("View my EU Login account
     * details after logging me in"): a page of this IdP; null when they were not shown for that.
     */
    public String continueTo() { return continueTo; }

    public void setContinueTo(String path) { this.continueTo = path; }

    public void signIn(long accountId) {
        this.accountId = accountId;
        this.pendingEmail = null;
        this.welcomeBack = false;
        this.expiredPasswordAccountId = null;
    }

    public void signOut() {
        this.accountId = null;
        this.pendingEmail = null;
        this.welcomeBack = false;
        this.expiredPasswordAccountId = null;
        this.returnTo = null;
        this.pendingEnrolment = null;
        this.pendingAppSignIn = null;
        this.pendingSmsSignIn = null;
        this.webAuthnCeremony = null;
        this.continueTo = null;
    }
}
