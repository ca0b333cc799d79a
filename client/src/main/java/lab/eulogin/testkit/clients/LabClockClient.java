package lab.eulogin.testkit.clients;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lab clock as any CI pipeline sees it: the IdP's {@code /__lab/clock} endpoint, which moves
 * the IdP and both emulators forward at once.
 */
public final class LabClockClient {
    private static final String CLOCK = "/__lab/clock";

    private final LabHttp http;

    public LabClockClient(String idpUrl) {
        this.http = new LabHttp(idpUrl);
    }

    /** What the clock says: the lab's time and how far it is ahead of the real one. */
    public record Reading(Instant now, Duration offset) {
    }

    public Reading read() {
        return reading(http.get(CLOCK, 200));
    }

    public Reading advance(Duration by) {
        return reading(http.post(CLOCK, Map.of("advance", by.toString()), 200));
    }

    private Reading reading(byte[] body) {
        JsonNode json = http.json(body, CLOCK);
        return new Reading(Instant.parse(json.get("now").asText()), Duration.parse(json.get("offset").asText()));
    }
}
