package lab.eulogin.idp.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** JSON answers of the lab endpoints, errors included, in one shape: {"error": code, "message": text}. */
public final class LabJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabJson() {
    }

    public static void send(HttpServerExchange exchange, int status, Object body) {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(text, StandardCharsets.UTF_8);
    }

    public static void error(HttpServerExchange exchange, int status, String code, String message) {
        send(exchange, status, Map.of("error", code, "message", message));
    }
}
