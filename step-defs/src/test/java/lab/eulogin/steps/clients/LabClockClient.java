package lab.eulogin.steps.clients;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The lab clock as any CI pipeline sees it: the IdP's {@code /__lab/clock} endpoint, which moves
 * the IdP and both emulators forward at once.
 */
public final class LabClockClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    public LabClockClient(String idpUrl) {
        this.endpoint = URI.create(idpUrl + "/__lab/clock");
    }

    /** What the clock says: the lab's time and how far it is ahead of the real one. */
    public record Reading(Instant now, Duration offset) {
    }

    public Reading read() {
        return send(HttpRequest.newBuilder(endpoint).GET().build());
    }

    public Reading advance(Duration by) {
        String form = "advance=" + URLEncoder.encode(by.toString(), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private Reading send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.method() + " " + endpoint + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return new Reading(Instant.parse(body.get("now").asText()), Duration.parse(body.get("offset").asText()));
        } catch (IOException e) {
            throw new IllegalStateException("The lab clock at " + endpoint + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the lab clock", e);
        }
    }
}
