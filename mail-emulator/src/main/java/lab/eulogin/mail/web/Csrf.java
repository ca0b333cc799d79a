package lab.eulogin.mail.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import lab.eulogin.mail.http.HttpProblem;

/**
 * CSRF protection for the page forms, by double submit: a random token in an HttpOnly, SameSite
 * cookie and the same token in each form; a POST whose two differ is refused.
 */
public final class Csrf {
    static final String COOKIE = "mail_csrf";
    public static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The caller's token, issuing one (as a cookie) on first visit. */
    static String token(HttpServerExchange exchange) {
        Cookie cookie = exchange.getRequestCookie(COOKIE);
        if (cookie != null && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
            return cookie.getValue();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        exchange.setResponseCookie(new CookieImpl(COOKIE, token).setPath("/").setHttpOnly(true).setSameSiteMode("Strict"));
        return token;
    }

    static void verify(HttpServerExchange exchange, String submitted) {
        Cookie cookie = exchange.getRequestCookie(COOKIE);
        if (cookie == null || submitted == null
                || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw HttpProblem.forbidden("This form has expired: go back, reload the page and try again.");
        }
    }
}
