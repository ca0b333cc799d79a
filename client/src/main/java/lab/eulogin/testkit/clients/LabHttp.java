package lab.eulogin.testkit.clients;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The IdP's {@code /__lab} endpoints over HTTP, for the clients of this package: forms in, JSON (or
 * a picture) out, and any other status than the expected one an exception naming the call and
 * the IdP's own message.
 */
final class LabHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String idpUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param idpUrl the IdP's base address, e.g. http://127.0.0.1:7000 (a trailing slash is ignored) */
    LabHttp(String idpUrl) {
        this.idpUrl = idpUrl.endsWith("/") ? idpUrl.substring(0, idpUrl.length() - 1) : idpUrl;
    }

    URI uri(String path) {
        return URI.create(idpUrl + path);
    }

    byte[] get(String path, int expected) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build(), expected);
    }

    byte[] post(String path, Map<String, String> fields, int expected) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), expected);
    }

    JsonNode json(byte[] body, String path) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("The IdP answered " + uri(path) + " with no JSON", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private byte[] send(HttpRequest request, int expected) {
        String call = request.method() + " " + request.uri();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(call + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("The IdP did not answer " + call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + call, e);
        }
    }
}
