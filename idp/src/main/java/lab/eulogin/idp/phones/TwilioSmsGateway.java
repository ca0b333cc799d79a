package lab.eulogin.idp.phones;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Twilio's Messages API, spoken as Twilio's own client would, so a real account works too. */
public final class TwilioSmsGateway implements SmsGateway {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Made at the first request, not at start: building a client loads the JDK's trust store (about 0.3 s of CPU). */
    private HttpClient http;
    private final URI messages;
    private final String authorization;
    private final String from;
    private final Duration timeout;

    public TwilioSmsGateway(String baseUrl, String accountSid, String authToken, String from, Duration timeout) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.messages = URI.create(base + "/2010-04-01/Accounts/" + accountSid + "/Messages.json");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        this.from = from;
        this.timeout = timeout;
    }

    @Override
    public String send(String to, String body, String statusCallback) {
        String form = "To=" + enc(to) + "&From=" + enc(from) + "&Body=" + enc(body)
                + (statusCallback == null ? "" : "&StatusCallback=" + enc(statusCallback));
        HttpRequest request = HttpRequest.newBuilder(messages)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = sendOnceMore(request);
            if (response.statusCode() / 100 != 2) {
                throw new SmsDeliveryException("The SMS gateway answered " + response.statusCode(), null);
            }
            return sid(response.body());
        } catch (IOException e) {
            throw new SmsDeliveryException("The SMS gateway could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("Interrupted while sending an SMS", e);
        }
    }

    /**
     * JDK 17's client now and then fails a request on a pooled connection the server has just
     * closed (JDK-8338569); one more try then is safe, since the SMS would carry the same code.
     */
    private HttpResponse<String> sendOnceMore(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return http().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        }
        return http;
    }

    /** The message's id in Twilio's answer; a provider that answers otherwise gives none. */
    private static String sid(String answer) {
        try {
            JsonNode sid = JSON.readTree(answer == null || answer.isBlank() ? "{}" : answer).get("sid");
            return sid == null || !sid.isTextual() ? null : sid.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
