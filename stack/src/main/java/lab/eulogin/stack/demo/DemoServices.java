package lab.eulogin.stack.demo;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.IntFunction;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.PathHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.ServletContainer;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

/**
 * The demo services on the demo port: a page listing them, and each application of
 * {@link DemoApp} under its own path, signing in through the lab's EU Login with the Apereo
 * Java CAS Client, or with OpenID Connect through Nimbus's SDK ({@link AppDeployment}). The applications are deployed once the port is
 * known, since the CAS client builds its service addresses from it.
 */
public final class DemoServices implements AutoCloseable {

    /**
     * Where the rest of the lab is, for the links on the page and the applications' CAS client.
     *
     * @param idp       EU Login as browsers reach it: sign-in redirects and links
     * @param idpInside EU Login as this process reaches it: ticket validation, server to server (in a
     *                  container, the browsers' host name may not lead back into it)
     */
    public record Links(String idp, String idpInside, String mailbox, String phones) {
    }

    private final Undertow server;
    private final IntFunction<String> publicUrl;
    private final Deque<AppDeployment> apps = new ArrayDeque<>();

    private DemoServices(Undertow server, IntFunction<String> publicUrl) {
        this.server = server;
        this.publicUrl = publicUrl;
    }

    /**
     * @param publicUrl the address browsers use, from the port bound
     * @param clock     the lab's time, shared with EU Login (its OpenID Connect tokens are timed by it)
     */
    public static DemoServices start(String host, int port, IntFunction<String> publicUrl, Links links, Clock clock) {
        DemoTemplates templates = new DemoTemplates();
        PathHandler routes = Handlers.path(DemoServices::notFound)
                .addExactPath("/", exchange -> home(exchange, templates, links));
        Undertow server = Undertow.builder()
                .addHttpListener(port, host)
                .setIoThreads(1)
                .setWorkerThreads(4)
                .setHandler(routes)
                .build();
        server.start();
        DemoServices demo = new DemoServices(server, publicUrl);
        try {
            ServletContainer container = Servlets.newContainer();
            for (DemoApp app : DemoApp.ALL) {
                AppDeployment deployed = AppDeployment.deploy(container, app, templates, links, demo.baseUrl(), clock);
                demo.apps.push(deployed);
                routes.addPrefixPath(app.path(), deployed.handler());
            }
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
        return demo;
    }

    public int port() {
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** The address browsers use. */
    public String baseUrl() {
        return publicUrl.apply(port());
    }

    @Override
    public void close() {
        try {
            while (!apps.isEmpty()) {
                apps.pop().close();
            }
        } finally {
            server.stop();
        }
    }

    private static void home(HttpServerExchange exchange, DemoTemplates templates, Links links) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
        exchange.getResponseSender().send(templates.render("home", Map.of(
                "apps", DemoApp.ALL, "links", links, "myRemoteMenu", DemoApp.MY_REMOTE_MENU)));
    }

    private static void notFound(HttpServerExchange exchange) {
        exchange.setStatusCode(StatusCodes.NOT_FOUND);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
        exchange.getResponseSender().send("Not found");
    }
}
