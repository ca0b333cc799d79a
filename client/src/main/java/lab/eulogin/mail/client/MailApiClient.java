package lab.eulogin.mail.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mail emulator's JSON API from Java, for tests and other teams. Lists are newest last.
 *
 * <pre>{@code
 * MailApiClient mail = new MailApiClient("http://localhost:7200");
 * long before = mail.lastMessage("jane@example.eu").map(MailMessage::id).orElse(0L);
 * // ... something sends mail ...
 * MailMessage message = mail.nextMessage("jane@example.eu", before, Duration.ofSeconds(10)).orElseThrow();
 * String link = message.link("/cas/");
 * }</pre>
 */
public final class MailApiClient {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration NETWORK_MARGIN = Duration.ofSeconds(5);
    /** As the emulator writes JSON (ISO-8601 instants and durations); fields added later are ignored. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public MailApiClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The newest 1,000 messages to {@code to}, in both folders, newest last. */
    public List<MailMessage> messages(String to) {
        return get("/api/messages?size=1000&to=" + encode(to), new TypeReference<>() { });
    }

    /** The newest 1,000 messages to {@code to} in one folder ("INBOX" or "Junk"), newest last. */
    public List<MailMessage> messages(String to, String folder) {
        return get("/api/messages?size=1000&to=" + encode(to) + "&folder=" + encode(folder), new TypeReference<>() { });
    }

    /** The newest message to {@code to}, if any. */
    public Optional<MailMessage> lastMessage(String to) {
        List<MailMessage> newest = get("/api/messages?size=1&to=" + encode(to), new TypeReference<>() { });
        return newest.stream().findFirst();
    }

    public MailMessageDetail message(long id) {
        return get("/api/messages/" + id, new TypeReference<>() { });
    }

    /**
     * Waits for the first message to {@code to} with an id above {@code afterId}: returns it as soon as
     * it exists, or empty when {@code timeout} passes first.
     */
    public Optional<MailMessage> nextMessage(String to, long afterId, Duration timeout) {
        HttpResponse<String> response = send(request("/api/messages/next?to=" + encode(to)
                        + "&after=" + afterId + "&timeout=" + timeout)
                .timeout(timeout.plus(NETWORK_MARGIN)).GET());
        if (response.statusCode() == 408) {
            return Optional.empty();
        }
        return Optional.of(read(response, new TypeReference<>() { }));
    }

    public List<MailboxSummary> mailboxes() {
        return get("/api/mailboxes", new TypeReference<>() { });
    }

    public void deleteMessage(long id) {
        check(send(request("/api/messages/" + id).DELETE()));
    }

    /** Deletes every message (ids keep counting up). */
    public void purge() {
        check(send(request("/api/messages").DELETE()));
    }

    /** The emulator as it started: no messages, junk rules or faults (ids keep counting up). */
    public void reset() {
        check(send(request("/api/reset").POST(HttpRequest.BodyPublishers.noBody())));
    }

    public JunkRule addJunkRuleForAddress(String address) {
        return post("/api/junk-rules", Map.of("address", address), JunkRule.class);
    }

    /** Mail from {@code sender} (an address, or "@domain") goes to Junk. */
    public JunkRule addJunkRuleForSender(String sender) {
        return post("/api/junk-rules", Map.of("sender", sender), JunkRule.class);
    }

    public List<JunkRule> junkRules() {
        return get("/api/junk-rules", new TypeReference<>() { });
    }

    public void removeJunkRule(long id) {
        check(send(request("/api/junk-rules/" + id).DELETE()));
    }

    public void clearJunkRules() {
        check(send(request("/api/junk-rules").DELETE()));
    }

    /** Makes SMTP misbehave until {@link #clearFaults()}: e.g. {@code SmtpFault.temporary()}. */
    public SmtpFault setFault(SmtpFault fault) {
        Map<String, String> body = Map.of("smtp", fault.kind().name().toLowerCase(Locale.ROOT),
                "delay", fault.delay().toString());
        return fault(post("/api/faults", body, JsonNode.class));
    }

    public SmtpFault fault() {
        return fault(get("/api/faults", new TypeReference<JsonNode>() { }));
    }

    public void clearFaults() {
        check(send(request("/api/faults").DELETE()));
    }

    /** True when the emulator answers its health check. */
    public boolean healthy() {
        try {
            return send(request("/api/health").GET()).statusCode() == 200;
        } catch (MailApiException e) {
            return false;
        }
    }

    private static SmtpFault fault(JsonNode json) {
        return new SmtpFault(SmtpFault.Kind.parse(json.path("smtp").asText()), Duration.parse(json.path("delay").asText()));
    }

    private <T> T get(String path, TypeReference<T> type) {
        return read(send(request(path).GET()), type);
    }

    private <T> T post(String path, Object body, Class<T> type) {
        try {
            HttpResponse<String> response = send(request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body))));
            check(response);
            return MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new MailApiException("Unreadable answer from " + path, e);
        }
    }

    private static <T> T read(HttpResponse<String> response, TypeReference<T> type) {
        check(response);
        try {
            return MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new MailApiException("Unreadable answer from " + response.uri(), e);
        }
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() >= 400) {
            String error = response.body();
            try {
                error = MAPPER.readTree(response.body()).path("error").asText(error);
            } catch (IOException notJson) {
                // keep the body as it is
            }
            throw new MailApiException(response.statusCode(), response.request().method() + " " + response.uri()
                    + " answered " + response.statusCode() + ": " + error);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MailApiException("The mail emulator at " + baseUrl + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailApiException("Interrupted while talking to the mail emulator", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
