package lab.eulogin.mail.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** JSON as the API writes and reads it: ISO-8601 instants and durations. */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void send(HttpServerExchange exchange, int status, Object body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getResponseSender().send(write(body));
    }

    public static void sendError(HttpServerExchange exchange, int status, String message) {
        send(exchange, status, Map.of("status", status, "error", message));
    }

    /**
     * Reads a JSON body (blocking: call from a worker thread). Only application/json is taken, so a
     * cross-site form (text/plain, no preflight) cannot change the lab's state.
     */
    public static <T> T read(HttpServerExchange exchange, Class<T> type) {
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw HttpProblem.unsupportedMediaType("Send the body as application/json");
        }
        try {
            exchange.startBlocking();
            return MAPPER.readValue(exchange.getInputStream(), type);
        } catch (IOException e) {
            throw HttpProblem.badRequest(mistake(e));
        }
    }

    /** What is wrong with a body, in the API's words: Jackson's own messages name the lab's classes. */
    private static String mistake(IOException e) {
        if (e instanceof JsonParseException || e.getMessage() == null) {
            return "The body is not valid JSON";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'; the fields are " + unknown.getKnownPropertyIds();
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                && mismatch.getPath().get(0).getFieldName() != null) {
            return "'" + mismatch.getPath().get(0).getFieldName() + "' must be "
                    + (mismatch.getTargetType() == String.class ? "a string" : "of another kind");
        }
        return "The body is not the JSON object expected";
    }
}
