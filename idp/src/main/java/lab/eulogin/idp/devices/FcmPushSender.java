package lab.eulogin.idp.devices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Pushes in the shape of Firebase Cloud Messaging's HTTP v1 API ({@code {"message": {"token", "data"}}}),
 * to the lab's phones by default. The data names the request only; the app fetches the rest from the IdP.
 */
public final class FcmPushSender implements PushSender {
    private static final Logger LOG = LoggerFactory.getLogger(FcmPushSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Made at the first request, not at start: building a client loads the JDK's trust store (about 0.3 s of CPU). */
    private HttpClient http;
    private final URI url;
    private final Duration timeout;

    public FcmPushSender(String url, Duration timeout) {
        this.url = URI.create(url);
        this.timeout = timeout;
    }

    @Override
    public boolean push(String token, Map<String, String> data) {
        try {
            String body = JSON.writeValueAsString(Map.of("message", Map.of("token", token, "data", data)));
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warn("The push service answered {}: {}", response.statusCode(), response.body());
                return false;
            }
            return true;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            LOG.warn("The push service could not be reached at {}: {}", url, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        }
        return http;
    }
}
