package lab.eulogin.idp.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/**
 * Headers every answer carries: no framing, no sniffing, no caching of pages that may show personal
 * data, and no Referer, since e-mailed links carry their token in the query.
 */
public final class SecurityHeaders implements HttpHandler {
    private final HttpHandler next;

    public SecurityHeaders(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        var headers = exchange.getResponseHeaders();
        headers.put(HttpString.tryFromString("Content-Security-Policy"),
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'");
        headers.put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
        headers.put(HttpString.tryFromString("X-Frame-Options"), "DENY");
        headers.put(HttpString.tryFromString("Referrer-Policy"), "no-referrer");
        headers.put(HttpString.tryFromString("Cache-Control"), "no-store");
        next.handleRequest(exchange);
    }
}
