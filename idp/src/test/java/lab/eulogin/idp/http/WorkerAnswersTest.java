package lab.eulogin.idp.http;

import io.undertow.Undertow;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The root handler's answers, kept in memory and sent from the I/O thread, or sent from the worker. */
class WorkerAnswersTest {
    private static final String LARGE = "0123456789".repeat(WorkerAnswers.IN_MEMORY_BYTES / 10 * 3);

    private static Undertow server;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final CompletableFuture<Boolean> finishedOnIoThread = new CompletableFuture<>();

    @BeforeAll
    static void start() {
        RoutingHandler routes = new RoutingHandler()
                .get("/page", exchange -> {
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
                    exchange.getResponseSender().send("Hello, " + Web.query(exchange, "name") + "!");
                })
                .post("/form", exchange -> Web.redirect(exchange, "/page?name=" + Form.read(exchange).get("name")))
                .get("/watched", exchange -> {
                    exchange.addExchangeCompleteListener((done, next) -> {
                        finishedOnIoThread.complete(done.isInIoThread());
                        next.proceed();
                    });
                    exchange.getResponseSender().send("watched");
                })
                .get("/large", exchange -> exchange.getResponseSender().send(LARGE))
                .get("/ended", exchange -> {
                    exchange.setStatusCode(204);
                    exchange.endExchange();
                })
                .get("/broken", exchange -> {
                    exchange.getOutputStream().write("half a page".getBytes(StandardCharsets.UTF_8));
                    throw new IllegalStateException("broken half-way");
                });
        server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(new WorkerAnswers(new ErrorPages(routes, new Templates())))
                .build();
        server.start();
        port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void a_page_a_form_and_its_redirect_are_answered_one_after_the_other_on_one_kept_alive_connection()
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            for (int round = 0; round < 3; round++) {
                String name = "Ana" + round;
                Answer page = exchange(in, out, "GET /page?name=" + name + " HTTP/1.1\r\nHost: lab\r\n\r\n");
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.body()).isEqualTo("Hello, " + name + "!");

                String form = "name=" + name;
                Answer redirect = exchange(in, out, "POST /form HTTP/1.1\r\nHost: lab\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                        + "\r\n\r\n" + form);
                assertThat(redirect.status()).isEqualTo(303);
                assertThat(redirect.headers()).containsEntry("location", "/page?name=" + name);
                assertThat(redirect.body()).isEmpty();
            }
        }
    }

    @Test
    void an_answer_kept_in_memory_is_finished_on_the_connections_io_thread() throws Exception {
        assertThat(get("/watched").body()).isEqualTo("watched");

        // Undertow re-arms a kept-alive connection without busy-waiting only when the exchange ends there.
        assertThat(finishedOnIoThread.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void an_answer_larger_than_what_is_kept_in_memory_arrives_whole() throws Exception {
        HttpResponse<String> answer = get("/large");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).hasSize(LARGE.length()).isEqualTo(LARGE);
    }

    @Test
    void a_handler_that_ends_the_exchange_itself_is_answered() throws Exception {
        assertThat(get("/ended").statusCode()).isEqualTo(204);
    }

    @Test
    void an_error_half_way_through_a_page_shows_the_error_page_alone() throws Exception {
        HttpResponse<String> answer = get("/broken");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("data-page=\"error\"").doesNotContain("half a page");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record Answer(int status, Map<String, String> headers, String body) {
    }

    /** Writes one request as it is and reads one answer, which must say its length. */
    private static Answer exchange(InputStream in, OutputStream out, String request) throws IOException {
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
        int status = Integer.parseInt(line(in).substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        assertThat(headers).containsKey("content-length").doesNotContainEntry("connection", "close");
        byte[] body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection was closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
