package lab.eulogin.stack.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

/**
 * The demo services' home page. For now a placeholder: it lists the services that will sign in
 * through the lab's EU Login (My Remote, JSIS Online, EURES portal) and links to the lab's pages.
 */
public final class DemoServices implements AutoCloseable {

    /** Where the rest of the lab is, for the links on the page. */
    public record Links(String idp, String mailbox, String phones) {
    }

    private static final List<String> COMING_SOON = List.of("My Remote", "JSIS Online", "EURES portal");

    private final Undertow server;

    private DemoServices(Undertow server) {
        this.server = server;
    }

    public static DemoServices start(String host, int port, Links links) {
        PebbleTemplate home = new PebbleEngine.Builder().build().getTemplate("lab/eulogin/stack/demo/home.peb");
        Undertow server = Undertow.builder()
                .addHttpListener(port, host)
                .setIoThreads(1)
                .setWorkerThreads(2)
                .setHandler(Handlers.routing()
                        .get("/", exchange -> render(exchange, home, links))
                        .setFallbackHandler(DemoServices::notFound))
                .build();
        server.start();
        return new DemoServices(server);
    }

    public int port() {
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    public String baseUrl() {
        InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        return "http://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static void render(HttpServerExchange exchange, PebbleTemplate template, Links links) {
        StringWriter page = new StringWriter();
        try {
            template.evaluate(page, Map.of("services", COMING_SOON, "links", links));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
        exchange.getResponseSender().send(page.toString());
    }

    private static void notFound(HttpServerExchange exchange) {
        exchange.setStatusCode(StatusCodes.NOT_FOUND);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
        exchange.getResponseSender().send("Not found");
    }
}
