package lab.eulogin.idp.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in push service (Firebase Cloud Messaging's HTTP v1 shape) that records each push. */
final class PushCatcher implements AutoCloseable {
    record Push(String token, Map<String, String> data) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<Push> received = new CopyOnWriteArrayList<>();

    @SuppressWarnings("unchecked")
    PushCatcher() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/", exchange -> {
            JsonNode message = JSON.readTree(exchange.getRequestBody()).path("message");
            received.add(new Push(message.path("token").asText(), JSON.convertValue(message.path("data"), Map.class)));
            byte[] answer = "{\"name\":\"projects/lab/messages/1\"}".getBytes();
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/projects/lab/messages:send";
    }

    List<Push> received() {
        return received;
    }

    Push last() {
        if (received.isEmpty()) {
            throw new AssertionError("No push was sent");
        }
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
