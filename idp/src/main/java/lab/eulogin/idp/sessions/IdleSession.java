package lab.eulogin.idp.sessions;

import java.time.Instant;
import java.util.Locale;

/**
 * What every browser session has, in EU Login as in the support console: an id for its cookie,
 * a CSRF token for its forms, the language it reads, and when it was last seen (on the lab clock).
 */
public abstract class IdleSession {
    private final String id;
    private final String csrfToken;
    private volatile Instant lastSeen;
    private volatile Locale locale = Locale.ENGLISH;

    protected IdleSession(String id, String csrfToken, Instant now) {
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
}
