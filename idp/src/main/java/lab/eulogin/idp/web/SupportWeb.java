package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Languages;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Templates;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.support.StaffMember;
import lab.eulogin.idp.support.StaffSession;
import lab.eulogin.idp.support.StaffSessions;
import lab.eulogin.idp.support.SupportStaff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the support console's handlers share: a session of its own, under a cookie of its own that
 * only the console's paths see (HttpOnly, SameSite=Strict, Secure on https), kept apart from any
 * EU Login sign-in of the same browser; its CSRF check; its pages. Only the language is shared with
 * EU Login's pages: the browser's, or the one last picked on either ({@link Web#startingLocale}).
 */
public final class SupportWeb {
    static final String COOKIE = "EULOGIN_SUPPORT";

    private final Templates templates;
    private final StaffSessions sessions;
    private final SupportStaff staff;
    private final Web web;
    private final boolean secureCookies;

    public SupportWeb(Templates templates, StaffSessions sessions, SupportStaff staff, Web web, boolean secureCookies) {
        this.templates = templates;
        this.sessions = sessions;
        this.staff = staff;
        this.web = web;
        this.secureCookies = secureCookies;
    }

    /**
     * The console session of this browser, made on first contact in the language the browser
     * prefers; {@code ?lang=} switches its language.
     */
    StaffSession session(HttpServerExchange exchange) {
        Cookie cookie = exchange.getRequestCookie(COOKIE);
        StaffSession session = sessions.find(cookie == null ? null : cookie.getValue()).orElseGet(() -> {
            StaffSession created = sessions.create();
            created.setLocale(Web.startingLocale(exchange));
            exchange.setResponseCookie(cookie(created.id()));
            return created;
        });
        Locale picked = web.pickedLocale(exchange);
        if (picked != null) {
            session.setLocale(picked);
        }
        return session;
    }

    /**
     * The session of a signed-in staff member, who is read again each time (a staff account
     * removed or given another role counts at once); otherwise the browser goes to sign in.
     */
    Optional<Signed> requireStaff(HttpServerExchange exchange) {
        StaffSession session = session(exchange);
        Optional<StaffMember> member = Optional.ofNullable(session.staff()).flatMap(m -> staff.findById(m.id()));
        if (member.isEmpty()) {
            Web.redirect(exchange, Paths.SUPPORT_LOGIN);
            return Optional.empty();
        }
        session.refresh(member.get());
        return Optional.of(new Signed(session, member.get()));
    }

    /** A signed-in console session and the staff member as now stored. */
    record Signed(StaffSession session, StaffMember member) {
    }

    StaffSession signIn(HttpServerExchange exchange, StaffSession before, StaffMember member) {
        StaffSession fresh = sessions.signIn(before, member);
        exchange.setResponseCookie(cookie(fresh.id()));
        return fresh;
    }

    void signOut(HttpServerExchange exchange, StaffSession session) {
        sessions.remove(session.id());
        exchange.setResponseCookie(cookie("").setMaxAge(0));
    }

    boolean csrfValid(Form form, StaffSession session) {
        return MessageDigest.isEqual(form.get(Web.CSRF_FIELD).getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    void render(HttpServerExchange exchange, StaffSession session, int status, String page, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("page", page);
        all.put("csrf", session.csrfToken());
        all.put("lang", session.locale().getLanguage());
        all.put("languages", Languages.SUPPORTED);
        all.put("staff", session.staff());
        all.put("langBase", exchange.getRequestPath() + "?lang=");
        all.putIfAbsent("notice", session.takeNotice());
        String html = templates.render(page, all, session.locale());
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
        exchange.getResponseSender().send(html, StandardCharsets.UTF_8);
    }

    void render(HttpServerExchange exchange, StaffSession session, String page, Map<String, Object> model) {
        render(exchange, session, StatusCodes.OK, page, model);
    }

    private Cookie cookie(String value) {
        return new CookieImpl(COOKIE, value)
                .setPath(Paths.SUPPORT)
                .setHttpOnly(true)
                .setSecure(secureCookies)
                .setSameSiteMode("Strict");
    }
}
