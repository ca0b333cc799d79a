package lab.eulogin.sms.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The app's network: the IdP's mobile-app API, spoken as a phone would (JSON over HTTP). Answers
 * other than success become {@link AppException}s carrying the IdP's error code.
 */
final class IdpLink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Made at the first request, not at start: building a client loads the JDK's trust store (about 0.3 s of CPU). */
    private HttpClient http;

    JsonNode enrol(String server, Map<String, String> body) {
        return post(server, "/cas/api/mobile/enrol", body);
    }

    /** The request's nonce and whose sign-in it is; {@code no-such-request} once it cannot be answered. */
    JsonNode request(String server, String requestId) {
        return send(HttpRequest.newBuilder(uri(server, "/cas/api/mobile/requests/" + enc(requestId))).GET());
    }

    JsonNode answer(String server, String requestId, Map<String, String> body) {
        return post(server, "/cas/api/mobile/requests/" + enc(requestId), body);
    }

    void unlink(String server, String deviceId, Map<String, String> body) {
        post(server, "/cas/api/mobile/devices/" + enc(deviceId) + "/unlink", body);
    }

    private JsonNode post(String server, String path, Map<String, String> body) {
        try {
            return send(HttpRequest.newBuilder(uri(server, path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http().send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AppException("idp-unreachable", "EU Login cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException("idp-unreachable", "Interrupted");
        }
        JsonNode body;
        try {
            body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AppException("idp-refused", "EU Login answered " + response.statusCode() + " with no JSON");
        }
        if (response.statusCode() / 100 == 2) {
            return body;
        }
        String code = body.path("error").asText("idp-refused");
        String message = body.path("message").asText("EU Login answered " + response.statusCode());
        if (response.statusCode() == 404) {
            throw new AppException("no-such-request", message);
        }
        Object detail = body.has("triesLeft") ? body.get("triesLeft").asInt()
                : body.has("lockedUntil") ? body.get("lockedUntil").asText() : null;
        throw new AppException(code, message, detail);
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        }
        return http;
    }

    private static URI uri(String server, String path) {
        try {
            return URI.create(server + path);
        } catch (IllegalArgumentException e) {
            throw new AppException("wrong-qr-code", "The QR code names no valid server");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
