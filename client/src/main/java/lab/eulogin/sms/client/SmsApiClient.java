package lab.eulogin.sms.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A client of the SMS emulator for tests and other teams: the phones' JSON API, the faults, and
 * the Twilio-style send. Depends only on java.net.http and Jackson (no class of the server), so it
 * can move to an artifact of its own. Error answers become {@link SmsApiException}.
 */
public final class SmsApiClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectMapper TWILIO_JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    /** @param baseUrl e.g. http://127.0.0.1:7100 */
    public SmsApiClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public List<Phone> phones() {
        return read(get("/api/phones"), new TypeReference<>() { });
    }

    public Phone phone(String number) {
        return read(get(phonePath(number)), new TypeReference<>() { });
    }

    /** Creates the phone if needed, leaving an existing one as it is. */
    public Phone createPhone(String number) {
        return read(send(request(phonePath(number)).PUT(HttpRequest.BodyPublishers.noBody())), new TypeReference<>() { });
    }

    /** Sets the whole state (creating the phone if needed); waiting messages arrive if it becomes reachable. */
    public Phone setState(String number, PhoneState state) {
        return read(send(jsonRequest(phonePath(number), "PUT", state)), new TypeReference<>() { });
    }

    /** The inbox, newest last. */
    public List<Sms> messages(String number) {
        return read(get(phonePath(number) + "/messages"), new TypeReference<>() { });
    }

    /** The first message with an id above {@code afterId}, waiting up to {@code timeout}; empty if none came. */
    public Optional<Sms> nextMessage(String number, long afterId, Duration timeout) {
        HttpRequest request = request(phonePath(number) + "/messages/next?after=" + afterId + "&timeout=" + timeout)
                .timeout(timeout.plus(TIMEOUT)).GET().build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() == 408) {
            return Optional.empty();
        }
        return Optional.of(read(response, new TypeReference<Sms>() { }));
    }

    public void clear(String number) {
        check(send(request(phonePath(number) + "/messages").DELETE()));
    }

    public void setFault(Fault fault) {
        check(send(jsonRequest("/api/faults", "POST", fault)));
    }

    public List<Fault> faults() {
        return read(get("/api/faults"), new TypeReference<>() { });
    }

    public void clearFaults() {
        check(send(request("/api/faults").DELETE()));
    }

    /** The emulator as it started: no phones, inboxes, apps, faults or sent messages. */
    public void reset() {
        check(send(request("/api/reset").POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** Sends a text through the Twilio-style endpoint, as a Twilio client would. */
    public SentMessage send(String accountSid, String token, String to, String from, String body) {
        return send(accountSid, token, Map.of("To", to, "From", from, "Body", body));
    }

    /** Sends with any of Twilio's form fields (To, From, Body, StatusCallback, ValidityPeriod, ...). */
    public SentMessage send(String accountSid, String token, Map<String, String> fields) {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((name, value) -> form.add(encode(name) + "=" + encode(value)));
        HttpRequest.Builder request = request(messagesPath(accountSid) + ".json")
                .header("Authorization", basic(accountSid, token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        return twilio(send(request));
    }

    /** A sent message as the Twilio-style endpoint knows it now (its status moves on). */
    public SentMessage fetch(String accountSid, String token, String sid) {
        HttpRequest.Builder request = request(messagesPath(accountSid) + "/" + encode(sid) + ".json")
                .header("Authorization", basic(accountSid, token)).GET();
        return twilio(send(request));
    }

    private SentMessage twilio(HttpResponse<String> response) {
        check(response);
        try {
            return TWILIO_JSON.readValue(response.body(), SentMessage.class);
        } catch (JsonProcessingException e) {
            throw new SmsApiException(response.statusCode(), null, "Unexpected answer: " + response.body());
        }
    }

    private HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
    }

    private HttpRequest.Builder jsonRequest(String path, String method, Object body) {
        try {
            return request(path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return exchange(request.build());
    }

    /**
     * Sends once more after a connection failure, except a POST: on a busy machine the JDK 17
     * client now and then loses an answer to a race of its own (JDK-8338569), and only the
     * idempotent calls can safely be repeated.
     */
    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if ("POST".equals(request.method())) {
                    throw e;
                }
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the SMS emulator", e);
        }
    }

    private static <T> T read(HttpResponse<String> response, TypeReference<T> type) {
        check(response);
        try {
            return JSON.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new SmsApiException(response.statusCode(), null, "Unexpected answer: " + response.body());
        }
    }

    /** Lab errors carry "error"; Twilio's carry "code" and "message". */
    private static void check(HttpResponse<String> response) {
        if (response.statusCode() < 400) {
            return;
        }
        Integer code = null;
        String message = response.body();
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body.hasNonNull("code")) {
                code = body.get("code").asInt();
            }
            if (body.hasNonNull("error")) {
                message = body.get("error").asText();
            } else if (body.hasNonNull("message")) {
                message = body.get("message").asText();
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // Not JSON: keep the raw body as the message.
        }
        throw new SmsApiException(response.statusCode(), code, response.statusCode() + ": " + message);
    }

    private static String phonePath(String number) {
        return "/api/phones/" + encode(number);
    }

    private static String messagesPath(String accountSid) {
        return "/2010-04-01/Accounts/" + encode(accountSid) + "/Messages";
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
