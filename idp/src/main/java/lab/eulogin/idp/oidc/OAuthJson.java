package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The one place where the JSON endpoints' answers are written, refusals included: a Nimbus
 * response as it is, an {@link OAuthProblem} or a Nimbus parse failure as RFC 6749's error JSON
 * (400, or 401 for client authentication). Bad input never gets a stack trace.
 */
final class OAuthJson {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthJson.class);

    private OAuthJson() {
    }

    /** An endpoint that answers with a Nimbus response, or throws. */
    @FunctionalInterface
    interface Endpoint {
        HTTPResponse answer(HttpServerExchange exchange) throws ParseException;
    }

    static HttpHandler handler(Endpoint endpoint) {
        return exchange -> {
            HTTPResponse response;
            try {
                response = endpoint.answer(exchange);
            } catch (OAuthProblem problem) {
                response = errorResponse(problem.error());
            } catch (ParseException e) {
                ErrorObject error = e.getErrorObject() != null && e.getErrorObject().getCode() != null
                        ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST;
                response = errorResponse(error.setDescription(e.getMessage()));
            } catch (RuntimeException e) {
                // Input Nimbus did not foresee; logged for us, answered in OAuth's words for the client.
                LOG.warn("Unexpected failure on {}", exchange.getRequestPath(), e);
                response = errorResponse(OAuth2Error.INVALID_REQUEST.setDescription("The request could not be processed"));
            }
            send(exchange, response);
        };
    }

    static HTTPResponse errorResponse(ErrorObject error) {
        if (OAuth2Error.INVALID_CLIENT.getCode().equals(error.getCode())) {
            HTTPResponse response = error.setHTTPStatusCode(HTTPResponse.SC_UNAUTHORIZED).toHTTPResponse();
            response.setHeader("WWW-Authenticate", "Basic realm=\"EU Login\"");
            return response;
        }
        int status = error.getHTTPStatusCode();
        if (status < 400 || status >= 500) {
            status = HTTPResponse.SC_BAD_REQUEST;
        }
        return error.setHTTPStatusCode(status).toHTTPResponse();
    }

    static void send(HttpServerExchange exchange, HTTPResponse response) {
        exchange.setStatusCode(response.getStatusCode());
        for (Map.Entry<String, List<String>> header : response.getHeaderMap().entrySet()) {
            exchange.getResponseHeaders().putAll(HttpString.tryFromString(header.getKey()), header.getValue());
        }
        // Tokens and claims are never kept by caches (RFC 6749, 5.1).
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseHeaders().put(Headers.PRAGMA, "no-cache");
        String body = response.getBody();
        exchange.getResponseSender().send(body == null ? "" : body, StandardCharsets.UTF_8);
    }
}
