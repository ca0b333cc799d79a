package lab.eulogin.idp.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Languages;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.SessionStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What every page handler needs: the browser's session, its form, a rendered page or a redirect. */
public final class Web {
    static final String SESSION_COOKIE = "EULOGIN_SESSION";
    public static final String CSRF_FIELD = "csrf";
    static final String REMEMBERED_COOKIE = "EULOGIN_REMEMBERED";
    /** The language last picked on this browser: sign-out ends the session, not the choice. */
    static final String LANGUAGE_COOKIE = "EULOGIN_LANG";
    /** In lab mode only: who the browser is, so scenarios sharing one address stay apart. */
    public static final String LAB_CLIENT_COOKIE = "EULOGIN_LAB_CLIENT";
    private static final int REMEMBER_SECONDS = 365 * 24 * 3600;

    private final Templates templates;
    private final SessionStore<BrowserSession> sessions;
    private final boolean secureCookies;
    private final boolean labMode;

    public Web(Templates templates, SessionStore<BrowserSession> sessions, boolean secureCookies, boolean labMode) {
        this.templates = templates;
        this.sessions = sessions;
        this.secureCookies = secureCookies;
        this.labMode = labMode;
    }

    /**
     * The client a rate limit counts against: its network address, or in lab mode the lab's client
     * cookie when the browser has one.
     */
    public String client(HttpServerExchange exchange) {
        Cookie labClient = labMode ? exchange.getRequestCookie(LAB_CLIENT_COOKIE) : null;
        if (labClient != null && !labClient.getValue().isBlank()) {
            return "lab:" + labClient.getValue();
        }
        return exchange.getSourceAddress().getAddress().getHostAddress();
    }

    /**
     * The browser's session, made on first contact in the {@link #startingLocale language the browser
     * prefers}; {@code ?lang=} switches its language.
     */
    public BrowserSession session(HttpServerExchange exchange) {
        Cookie cookie = exchange.getRequestCookie(SESSION_COOKIE);
        BrowserSession session = sessions.find(cookie == null ? null : cookie.getValue())
                .orElseGet(() -> {
                    BrowserSession created = sessions.create();
                    created.setLocale(startingLocale(exchange));
                    setSessionCookie(exchange, created);
                    return created;
                });
        Locale picked = pickedLocale(exchange);
        if (picked != null) {
            session.setLocale(picked);
        }
        return session;
    }

    /**
     * The language a new session starts in: the one last picked on this browser, else the first
     * supported one of its Accept-Language, else English. A mailed link, or "Sign in again" after
     * sign-out, then opens in the person's language.
     */
    public static Locale startingLocale(HttpServerExchange exchange) {
        Cookie picked = exchange.getRequestCookie(LANGUAGE_COOKIE);
        if (picked != null && Languages.isSupported(picked.getValue())) {
            return Locale.forLanguageTag(picked.getValue());
        }
        String asked = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
        return Locale.forLanguageTag(Languages.preferred(asked));
    }

    /** The language {@code ?lang=} picks, or null; kept a year in a cookie, since the session ends at sign-out. */
    public Locale pickedLocale(HttpServerExchange exchange) {
        String lang = query(exchange, "lang");
        if (!Languages.isSupported(lang)) {
            return null;
        }
        exchange.setResponseCookie(cookie(LANGUAGE_COOKIE, lang).setMaxAge(REMEMBER_SECONDS));
        return Locale.forLanguageTag(lang);
    }

    /** A new session id at sign-in, so an id planted before cannot ride along (session fixation). */
    public BrowserSession signIn(HttpServerExchange exchange, BrowserSession old, long accountId) {
        BrowserSession fresh = sessions.create();
        fresh.setLocale(old.locale());
        fresh.setLoginRequest(old.loginRequest());
        fresh.signIn(accountId);
        sessions.remove(old.id());
        setSessionCookie(exchange, fresh);
        return fresh;
    }

    public void signOut(HttpServerExchange exchange, BrowserSession session) {
        sessions.remove(session.id());
        exchange.setResponseCookie(sessionCookie("").setMaxAge(0));
    }

    /** Signs the account out of every browser but {@code keep}'s. */
    public void signOutOthers(long accountId, BrowserSession keep) {
        sessions.removeIf(s -> s != keep && Long.valueOf(accountId).equals(s.accountId()));
    }

    /** The address of the last sign-in on this browser, for "Welcome back" (FAQ SIGN-02), or null. */
    public static String rememberedEmail(HttpServerExchange exchange) {
        Cookie cookie = exchange.getRequestCookie(REMEMBERED_COOKIE);
        if (cookie == null) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void remember(HttpServerExchange exchange, String email) {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(email.getBytes(StandardCharsets.UTF_8));
        exchange.setResponseCookie(cookie(REMEMBERED_COOKIE, value).setMaxAge(REMEMBER_SECONDS));
    }

    public void forgetRemembered(HttpServerExchange exchange) {
        exchange.setResponseCookie(cookie(REMEMBERED_COOKIE, "").setMaxAge(0));
    }

    /** Pages behind sign-in send the browser to sign in first, and come back here afterwards. */
    public BrowserSession requireSignIn(HttpServerExchange exchange, String returnTo) {
        BrowserSession session = session(exchange);
        if (session.accountId() == null) {
            session.setReturnTo(returnTo);
            redirect(exchange, Paths.LOGIN);
            return null;
        }
        return session;
    }

    public Form form(HttpServerExchange exchange) {
        return Form.read(exchange);
    }

    /** Every state-changing form carries the session's token; a forged or stale one is refused. */
    public boolean csrfValid(Form form, BrowserSession session) {
        return MessageDigest.isEqual(
                form.get(CSRF_FIELD).getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    public static String query(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    /** CAS flags ({@code renew}, {@code gateway}...) are "true" when set; "false" (any case) or absent means not set. */
    public static boolean flag(String value) {
        return !value.isEmpty() && !"false".equalsIgnoreCase(value);
    }

    public void render(HttpServerExchange exchange, BrowserSession session, String page, Map<String, Object> model) {
        render(exchange, session, StatusCodes.OK, page, model);
    }

    /** Renders the template named after the page; the page name is also its {@code data-page}. */
    public void render(HttpServerExchange exchange, BrowserSession session, int status, String page,
                       Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("csrf", session.csrfToken());
        all.put("signedIn", session.accountId() != null);
        all.put("loginRequest", session.loginRequest());
        send(exchange, status, page, all, session.locale());
    }

    /**
     * A page any address may answer ("Page not found"), in the language of the browser's session or
     * of the one it would start, but starting none: a stray request (a favicon) racing a sign-in
     * would otherwise replace the cookie of the session the sign-in has just made.
     */
    public void renderWithoutNewSession(HttpServerExchange exchange, int status, String page,
                                        Map<String, Object> model) {
        Cookie cookie = exchange.getRequestCookie(SESSION_COOKIE);
        Optional<BrowserSession> session = sessions.find(cookie == null ? null : cookie.getValue());
        Locale picked = pickedLocale(exchange);
        if (session.isPresent()) {
            if (picked != null) {
                session.get().setLocale(picked);
            }
            render(exchange, session.get(), status, page, model);
        } else {
            send(exchange, status, page, new HashMap<>(model), picked != null ? picked : startingLocale(exchange));
        }
    }

    private void send(HttpServerExchange exchange, int status, String page, Map<String, Object> all, Locale locale) {
        all.put("page", page);
        all.put("lang", locale.getLanguage());
        all.put("languages", Languages.SUPPORTED);
        all.put("langBase", languageSwitchBase(exchange));
        String html = templates.render(page, all, locale);
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
        exchange.getResponseSender().send(html, StandardCharsets.UTF_8);
    }

    /** The current address with its query kept (a link's token, say) and {@code lang=} to append. */
    private static String languageSwitchBase(HttpServerExchange exchange) {
        StringBuilder base = new StringBuilder(exchange.getRequestPath()).append('?');
        for (String pair : exchange.getQueryString().split("&")) {
            if (!pair.isEmpty() && !pair.startsWith("lang=")) {
                base.append(pair).append('&');
            }
        }
        return base.append("lang=").toString();
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME_FR = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.FRENCH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME_DE = DateTimeFormatter.ofPattern("d. MMM yyyy, HH:mm 'UTC'", Locale.GERMAN)
            .withZone(ZoneOffset.UTC);

    /** A moment in English, for what is written down rather than shown, such as the support audit trail. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /**
     * A moment as pages show it: "2 Dec 2026, 16:35 UTC", "2 déc. 2026, 16:35 UTC", "2. Dez. 2026,
     * 16:35 UTC"; in UTC, since the lab's users sit in many time zones.
     */
    public static String time(Instant instant, Locale locale) {
        DateTimeFormatter format = switch (locale.getLanguage()) {
            case "fr" -> TIME_FR;
            case "de" -> TIME_DE;
            default -> TIME;
        };
        return format.format(instant);
    }

    /** A day as pages show it: "1 July 2025", "1 juillet 2025", "1. Juli 2025". */
    public static String day(LocalDate day, Locale locale) {
        DateTimeFormatter format = "en".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return format.format(day);
    }

    /**
     * 303 after a successful POST, so reloading the next page does not submit twice. The answer goes
     * out once the handler returns (see {@link WorkerAnswers}).
     */
    public static void redirect(HttpServerExchange exchange, String location) {
        exchange.setStatusCode(StatusCodes.SEE_OTHER);
        exchange.getResponseHeaders().put(Headers.LOCATION, location);
    }

    private void setSessionCookie(HttpServerExchange exchange, BrowserSession session) {
        exchange.setResponseCookie(sessionCookie(session.id()));
    }

    // No Max-Age: the cookie, and so the sign-in, ends when the browser closes (FAQ SIGN-08).
    private Cookie sessionCookie(String value) {
        return cookie(SESSION_COOKIE, value);
    }

    /** A cookie of this IdP: HttpOnly, SameSite=Lax, Secure on https, and gone when the browser closes unless given an age. */
    public Cookie cookie(String name, String value) {
        return new CookieImpl(name, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSecure(secureCookies)
                .setSameSiteMode("Lax");
    }
}
