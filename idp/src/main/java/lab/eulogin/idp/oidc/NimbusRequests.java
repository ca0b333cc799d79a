package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Undertow's request as Nimbus reads it, so that Nimbus does every parse and check. Sizes are
 * bounded first: no OAuth request needs more than {@value #MAX_BYTES} bytes of parameters.
 */
final class NimbusRequests {
    static final int MAX_BYTES = 16 * 1024;

    private NimbusRequests() {
    }

    /** @param endpoint the public address of the endpoint, as clients name it (JWT audiences compare with it) */
    static HTTPRequest of(HttpServerExchange exchange, URI endpoint) {
        HTTPRequest.Method method;
        try {
            method = HTTPRequest.Method.valueOf(exchange.getRequestMethod().toString());
        } catch (IllegalArgumentException e) {
            throw OAuthProblem.invalidRequest("Unsupported HTTP method");
        }
        HTTPRequest request = new HTTPRequest(method, endpoint);
        String query = exchange.getQueryString();
        if (query != null && !query.isEmpty()) {
            if (query.length() > MAX_BYTES) {
                throw OAuthProblem.invalidRequest("The query is longer than " + MAX_BYTES + " bytes");
            }
            request.appendQueryString(query);
        }
        copy(exchange, request, Headers.AUTHORIZATION_STRING);
        copy(exchange, request, Headers.CONTENT_TYPE_STRING);
        copy(exchange, request, Headers.ACCEPT_STRING);
        if (method == HTTPRequest.Method.POST) {
            request.setBody(body(exchange));
        }
        return request;
    }

    /** The query parameters as Nimbus's parsers take them, bounded like the body. */
    static Map<String, List<String>> query(HttpServerExchange exchange) {
        String query = exchange.getQueryString();
        if (query != null && query.length() > MAX_BYTES) {
            throw OAuthProblem.invalidRequest("The query is longer than " + MAX_BYTES + " bytes");
        }
        return com.nimbusds.oauth2.sdk.util.URLUtils.parseParameters(query == null ? "" : query);
    }

    private static void copy(HttpServerExchange exchange, HTTPRequest request, String header) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
            request.setHeader(header, value);
        }
    }

    private static String body(HttpServerExchange exchange) {
        try (InputStream in = exchange.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw OAuthProblem.invalidRequest("The request body is longer than " + MAX_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw OAuthProblem.invalidRequest("The request body could not be read");
        }
    }
}
