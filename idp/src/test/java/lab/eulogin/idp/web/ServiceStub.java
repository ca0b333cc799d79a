package lab.eulogin.idp.web;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A relying party's front door on a free port: whatever path the IdP sends the browser to, it
 * answers a page, so the browser lands on it with its ticket in the address. The lab's registry
 * accepts its demo services on any local port, so {@code url("/myremote/")} is My Remote.
 */
final class ServiceStub implements AutoCloseable {
    private final HttpServer server;

    ServiceStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] page = "<!doctype html><body data-page=\"service\">the service</body>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** The ticket in an address the IdP sent the browser to, or null when it carries none. */
    static String ticketIn(URI landedOn) {
        String query = landedOn.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("ticket=")) {
                return pair.substring("ticket=".length());
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
