package lab.eulogin.mail;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * Headers every answer carries. The policy keeps scripts to the lab's own file (mail HTML is shown
 * in a sandboxed frame, which inherits it), while letting a message's images and inline styles show.
 */
final class SecurityHeaders implements HttpHandler {
    private static final String POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data: http: https:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'";

    private final HttpHandler next;

    SecurityHeaders(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(HttpString.tryFromString("Content-Security-Policy"), POLICY);
        headers.put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
        headers.put(HttpString.tryFromString("Referrer-Policy"), "no-referrer");
        headers.put(HttpString.tryFromString("Cache-Control"), "no-store");
        next.handleRequest(exchange);
    }
}
