package lab.eulogin.sms.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client of the EU Login app on the emulator's phones, for tests: install it, enrol it from a
 * screenshot of the QR code, answer pushes, read one-time codes. Images are PNG (or JPEG) bytes, e.g.
 * a browser's screenshot of the QR code element. The app's refusals become {@link AppApiException}s.
 */
public final class EuLoginAppClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param baseUrl the SMS emulator's, e.g. http://127.0.0.1:7100 */
    public EuLoginAppClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Installs the app on the phone (creating the phone if needed). */
    public App install(String number) {
        return app(call("PUT", path(number), null));
    }

    public App app(String number) {
        return app(call("GET", path(number), null));
    }

    public void uninstall(String number) {
        call("DELETE", path(number), null);
    }

    /** In the foreground a push opens the PIN prompt at once; in the background it is a notification to accept. */
    public App setForeground(String number, boolean foreground) {
        return app(call("PATCH", path(number), Map.of("foreground", foreground)));
    }

    /** Offline, the app gets no pushes and cannot answer; one-time codes for QR codes still work. */
    public App setOffline(String number, boolean offline) {
        return app(call("PATCH", path(number), Map.of("offline", offline)));
    }

    /** "Initialise" and scan the QR code of "Add a mobile device" in this picture. */
    public App initialise(String number, byte[] image) {
        return app(call("POST", path(number) + "/initialise", Map.of("image", base64(image))));
    }

    /** The PIN chosen on the PC, and "Authenticate". */
    public App authenticate(String number, String pin) {
        return app(call("POST", path(number) + "/authenticate", Map.of("pin", pin)));
    }

    /** Initialise, scan, PIN, Authenticate: the FAQ's enrolment in one call. */
    public App enrol(String number, byte[] image, String pin) {
        initialise(number, image);
        return authenticate(number, pin);
    }

    public List<App.Request> requests(String number) {
        return read(call("GET", path(number) + "/requests", null), new TypeReference<>() { });
    }

    /** The first pending request, waiting up to {@code timeout} (at most 60 s) for one; empty if none came. */
    public Optional<App.Request> nextRequest(String number, Duration timeout) {
        HttpResponse<String> response = exchange(request("GET", path(number) + "/requests/next?timeout=" + timeout, null)
                .timeout(timeout.plus(TIMEOUT)).build());
        if (response.statusCode() == 408) {
            return Optional.empty();
        }
        return Optional.of(read(check(response), new TypeReference<App.Request>() { }));
    }

    /** Accepts the notification of a request (the app was in the background). */
    public App accept(String number, String requestId) {
        return app(call("POST", requestPath(number, requestId) + "/accept", Map.of()));
    }

    public App approve(String number, String requestId, String pin) {
        return app(call("POST", requestPath(number, requestId) + "/approve", Map.of("pin", pin)));
    }

    public App approveWithFingerprint(String number, String requestId) {
        return app(call("POST", requestPath(number, requestId) + "/approve", Map.of("fingerprint", true)));
    }

    public App refuse(String number, String requestId) {
        return app(call("POST", requestPath(number, requestId) + "/refuse", Map.of()));
    }

    /** Enables the fingerprint instead of the PIN; the app asks for the PIN once. */
    public App enableFingerprint(String number, String pin) {
        return app(call("PUT", path(number) + "/fingerprint", Map.of("pin", pin)));
    }

    public App disableFingerprint(String number) {
        return app(call("DELETE", path(number) + "/fingerprint", null));
    }

    /** The one-time code the app shows for the QR code of "Mobile App + QR code" in this picture. */
    public String oneTimeCode(String number, byte[] image, String pin) {
        return text(call("POST", path(number) + "/one-time-code", Map.of("image", base64(image), "pin", pin)), "code");
    }

    public String oneTimeCodeWithFingerprint(String number, byte[] image) {
        return text(call("POST", path(number) + "/one-time-code",
                Map.of("image", base64(image), "fingerprint", true)), "code");
    }

    public App switchAccount(String number, String deviceId) {
        return app(call("POST", path(number) + "/switch-account", Map.of("deviceId", deviceId)));
    }

    /** "Unlink device" for the account in use. */
    public App unlink(String number) {
        return app(call("POST", path(number) + "/unlink", Map.of()));
    }

    private HttpResponse<String> call(String method, String path, Object body) {
        return check(exchange(request(method, path, body).build()));
    }

    private HttpRequest.Builder request(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the app emulator", e);
        }
    }

    private static HttpResponse<String> check(HttpResponse<String> response) {
        if (response.statusCode() < 400) {
            return response;
        }
        String code = null;
        Integer triesLeft = null;
        String message = response.body();
        try {
            JsonNode body = JSON.readTree(response.body());
            code = body.hasNonNull("code") ? body.get("code").asText() : null;
            triesLeft = body.hasNonNull("triesLeft") ? body.get("triesLeft").asInt() : null;
            message = body.path("error").asText(message);
        } catch (JsonProcessingException | RuntimeException e) {
            // not JSON: keep the raw body
        }
        throw new AppApiException(response.statusCode(), code, triesLeft, response.statusCode() + ": " + message);
    }

    private static App app(HttpResponse<String> response) {
        return read(response, new TypeReference<>() { });
    }

    private static String text(HttpResponse<String> response, String field) {
        Map<String, String> body = read(response, new TypeReference<LinkedHashMap<String, String>>() { });
        return body.get(field);
    }

    private static <T> T read(HttpResponse<String> response, TypeReference<T> type) {
        try {
            return JSON.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new AppApiException(response.statusCode(), null, null, "Unexpected answer: " + response.body());
        }
    }

    private static String base64(byte[] image) {
        return Base64.getEncoder().encodeToString(image);
    }

    private static String path(String number) {
        return "/api/phones/" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "/app";
    }

    private static String requestPath(String number, String requestId) {
        return path(number) + "/requests/" + URLEncoder.encode(requestId, StandardCharsets.UTF_8);
    }
}
