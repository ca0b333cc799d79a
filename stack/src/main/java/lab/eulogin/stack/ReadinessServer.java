package lab.eulogin.stack;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

/**
 * {@code GET /ready} on a port of its own, for a container's health check, a CI service wait or a
 * Testcontainers wait strategy. The lab starts it last, so it answers only once every server is up;
 * it answers in and out of lab mode, with the servers' addresses as browsers use them.
 */
final class ReadinessServer implements AutoCloseable {
    static final String PATH = "/ready";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Undertow server;

    private ReadinessServer(Undertow server) {
        this.server = server;
    }

    /** @param addresses each server's name and address, written into the answer */
    static ReadinessServer start(String host, int port, Map<String, String> addresses) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ready");
        body.putAll(addresses);
        String answer;
        try {
            answer = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Undertow server = Undertow.builder()
                .addHttpListener(port, host)
                .setIoThreads(1)
                .setWorkerThreads(1)
                .setHandler(Handlers.path(exchange -> {
                    exchange.setStatusCode(StatusCodes.NOT_FOUND);
                    exchange.getResponseSender().send("Not found; the readiness answer is GET " + PATH);
                }).addExactPath(PATH, exchange -> {
                    if (!exchange.getRequestMethod().equals(Methods.GET) && !exchange.getRequestMethod().equals(Methods.HEAD)) {
                        exchange.setStatusCode(StatusCodes.METHOD_NOT_ALLOWED);
                        exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
                        exchange.endExchange();
                        return;
                    }
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
                    exchange.getResponseSender().send(answer);
                }))
                .build();
        server.start();
        return new ReadinessServer(server);
    }

    int port() {
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @Override
    public void close() {
        server.stop();
    }
}
