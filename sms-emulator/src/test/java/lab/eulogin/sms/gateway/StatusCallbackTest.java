package lab.eulogin.sms.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.PhoneState;
import lab.eulogin.sms.client.SentMessage;
import lab.eulogin.sms.client.SmsApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatusCallbackTest {
    private static final String ACCOUNT = "AC00000000000000000000000000000004";
    private static final String TOKEN = "callback-token";
    private static final ConcurrentLinkedQueue<Receipt> RECEIPTS = new ConcurrentLinkedQueue<>();
    private static SmsEmulator emulator;
    private static SmsApiClient client;
    private static HttpServer receiver;

    /** One status callback as received: its form fields and signature. */
    record Receipt(Map<String, String> fields, String signature) {
    }

    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/receipts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIPTS.add(new Receipt(decode(body), exchange.getRequestHeaders().getFirst("X-Twilio-Signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(), Clock.systemUTC());
        client = new SmsApiClient(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
        receiver.stop(0);
    }

    @Test
    void the_status_callback_receives_queued_sent_and_delivered_in_order() {
        SentMessage sent = sendWithCallback("+32470000401");

        await().atMost(Duration.ofSeconds(5)).until(() -> statusesOf(sent.sid()).size() == 3);
        assertThat(statusesOf(sent.sid())).containsExactly("queued", "sent", "delivered");
        Map<String, String> delivered = receiptsOf(sent.sid()).get(2).fields();
        assertThat(delivered).containsEntry("AccountSid", ACCOUNT)
                .containsEntry("To", "+32470000401")
                .containsEntry("From", "EULogin")
                .containsEntry("SmsSid", sent.sid())
                .containsEntry("SmsStatus", "delivered")
                .containsEntry("ApiVersion", "2010-04-01");
    }

    @Test
    void a_blocked_sender_gets_an_undelivered_receipt_with_its_error_code() {
        client.setState("+32470000402", PhoneState.defaults().withBlockedSenders("EULogin"));

        SentMessage sent = sendWithCallback("+32470000402");

        await().atMost(Duration.ofSeconds(5)).until(() -> statusesOf(sent.sid()).size() == 3);
        assertThat(statusesOf(sent.sid())).containsExactly("queued", "sent", "undelivered");
        assertThat(receiptsOf(sent.sid()).get(2).fields()).containsEntry("ErrorCode", "30007");
    }

    @Test
    void a_held_message_gets_its_delivered_receipt_when_the_phone_comes_back() {
        client.setState("+32470000403", PhoneState.defaults().withAirplaneMode(true));
        SentMessage sent = sendWithCallback("+32470000403");
        await().atMost(Duration.ofSeconds(5)).until(() -> statusesOf(sent.sid()).size() == 2);

        client.setState("+32470000403", PhoneState.defaults());

        await().atMost(Duration.ofSeconds(5)).until(() -> statusesOf(sent.sid()).size() == 3);
        assertThat(statusesOf(sent.sid())).containsExactly("queued", "sent", "delivered");
    }

    @Test
    void receipts_are_signed_with_the_auth_token_as_twilio_signs_them() {
        SentMessage sent = sendWithCallback("+32470000404");

        await().atMost(Duration.ofSeconds(5)).until(() -> !receiptsOf(sent.sid()).isEmpty());
        Receipt receipt = receiptsOf(sent.sid()).get(0);
        assertThat(receipt.signature())
                .isEqualTo(StatusCallbacks.signature(TOKEN, callbackUrl(), new TreeMap<>(receipt.fields())))
                .isNotEqualTo(StatusCallbacks.signature("another-token", callbackUrl(), new TreeMap<>(receipt.fields())));
    }

    private static SentMessage sendWithCallback(String to) {
        return client.send(ACCOUNT, TOKEN, Map.of("To", to, "From", "EULogin", "Body", "code",
                "StatusCallback", callbackUrl()));
    }

    private static String callbackUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/receipts";
    }

    private static List<Receipt> receiptsOf(String sid) {
        return RECEIPTS.stream().filter(receipt -> sid.equals(receipt.fields().get("MessageSid"))).toList();
    }

    private static List<String> statusesOf(String sid) {
        return receiptsOf(sid).stream().map(receipt -> receipt.fields().get("MessageStatus")).toList();
    }

    private static Map<String, String> decode(String form) {
        return Arrays.stream(form.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
