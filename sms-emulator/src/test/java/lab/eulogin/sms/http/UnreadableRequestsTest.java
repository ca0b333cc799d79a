package lab.eulogin.sms.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import lab.eulogin.sms.MutableClock;
import lab.eulogin.sms.RawHttp;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken percent escape in the address or the form is the sender's mistake: 400 in JSON, not Jetty's 500 page. */
class UnreadableRequestsTest {
    private static SmsEmulator emulator;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(),
                new MutableClock(Instant.parse("2025-03-04T10:00:00Z")));
        http = new RawHttp(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/phones?%zz=1", "/phones?number=%G1", "/?%"})
    void aBrokenEscapeInTheAddressIs400(String path) throws IOException {
        // Java's HTTP client refuses to send such an address, so the request is written by hand.
        assertUnreadable(raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    }

    @ParameterizedTest(name = "POST {0} with a broken form")
    @ValueSource(strings = {"/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages.json", "/api/phones",
            "/phones"})
    void aBrokenEscapeInTheFormIs400(String path) throws IOException {
        String form = "To=%zz&Body=%";
        assertUnreadable(raw("POST " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n"
                + form));
    }

    @ParameterizedTest(name = "{0} with a broken address")
    @ValueSource(strings = {"PUT", "DELETE"})
    void everyMethodGetsTheAnswer(String method) throws IOException {
        assertUnreadable(raw(method + " /api/phones?%zz=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void theEmulatorAnswersAsBeforeAfterwards() throws IOException {
        raw("GET /api/phones?%zz=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(http.get("/api/phones").statusCode()).isEqualTo(200);
    }

    /** The whole answer, status line, headers and body, to a request sent as it is written. */
    private static String raw(String request) throws IOException {
        URI base = URI.create(emulator.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertUnreadable(String answer) {
        assertThat(answer).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Content-Type: application/json")
                .contains("\"status\":400").contains("two hexadecimal digits").doesNotContain("Exception");
    }
}
