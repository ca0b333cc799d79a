package lab.eulogin.idp.sessions;

import java.time.Instant;
import java.util.Locale;

/**
 * What the IdP remembers about one browser between pages: its CSRF token, the language it reads,
 * the address typed at NEXT, and who signed in. Lives only as long as the browser session.
 */
public final class BrowserSession {
    private final String id;
    private final String csrfToken;
    private volatile Instant lastSeen;
    private volatile Locale locale = Locale.ENGLISH;
    private volatile String pendingEmail;
    private volatile Long accountId;

    BrowserSession(String id, String csrfToken, Instant now) {
        this.id = id;
        this.csrfToken = csrfToken;
        this.lastSeen = now;
    }

    public String id() { return id; }

    public String csrfToken() { return csrfToken; }

    Instant lastSeen() { return lastSeen; }

    void touch(Instant now) { lastSeen = now; }

    public Locale locale() { return locale; }

    public void setLocale(Locale locale) { this.locale = locale; }

    /** The address typed on the first sign-in step, waiting for its password. */
    public String pendingEmail() { return pendingEmail; }

    public void setPendingEmail(String email) { this.pendingEmail = email; }

    public Long accountId() { return accountId; }

    public void signIn(long accountId) {
        this.accountId = accountId;
        this.pendingEmail = null;
    }

    public void signOut() {
        this.accountId = null;
        this.pendingEmail = null;
    }
}
