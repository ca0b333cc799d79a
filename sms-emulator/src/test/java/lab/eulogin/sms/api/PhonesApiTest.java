package lab.eulogin.sms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lab.eulogin.sms.MutableClock;
import lab.eulogin.sms.RawHttp;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.PhoneState;
import lab.eulogin.sms.client.SentMessage;
import lab.eulogin.sms.client.Sms;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.sms.client.SmsApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhonesApiTest {
    private static final String ACCOUNT = "AC00000000000000000000000000000002";
    private static final int INBOX_CAPACITY = 5;
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-03-04T10:00:00Z"));
    private static SmsEmulator emulator;
    private static SmsApiClient client;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort().withInboxCapacity(INBOX_CAPACITY), CLOCK);
        client = new SmsApiClient(emulator.baseUrl());
        http = new RawHttp(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void a_phone_in_airplane_mode_gets_its_message_when_switched_back() {
        String number = "+32470000201";
        client.setState(number, PhoneState.defaults().withAirplaneMode(true));

        SentMessage sent = send(number, "held for you");

        assertThat(client.messages(number)).isEmpty();
        assertThat(client.phone(number).waitingInNetwork()).isEqualTo(1);
        assertThat(client.fetch(ACCOUNT, "t", sent.sid()).status()).isEqualTo("sent");

        client.setState(number, PhoneState.defaults());

        assertThat(client.messages(number)).extracting(Sms::body).containsExactly("held for you");
        assertThat(client.phone(number).waitingInNetwork()).isZero();
        assertThat(client.fetch(ACCOUNT, "t", sent.sid()).status()).isEqualTo("delivered");
    }

    @Test
    void a_switched_off_phone_or_one_without_signal_also_waits_for_its_messages() {
        client.setState("+32470000202", PhoneState.defaults().withPower(false));
        client.setState("+32470000203", PhoneState.defaults().withSignal(false));
        send("+32470000202", "off");
        send("+32470000203", "no signal");

        assertThat(client.messages("+32470000202")).isEmpty();
        assertThat(client.messages("+32470000203")).isEmpty();

        client.setState("+32470000202", PhoneState.defaults());
        client.setState("+32470000203", PhoneState.defaults());
        assertThat(client.messages("+32470000202")).extracting(Sms::body).containsExactly("off");
        assertThat(client.messages("+32470000203")).extracting(Sms::body).containsExactly("no signal");
    }

    @Test
    void a_message_held_for_an_unreachable_phone_shows_when_it_was_sent_and_when_it_arrived() {
        String number = "+32470000290";
        client.setState(number, PhoneState.defaults().withPower(false));
        Instant sent = CLOCK.instant();
        send(number, "late");

        CLOCK.advance(Duration.ofMinutes(15));
        client.setState(number, PhoneState.defaults());

        assertThat(client.messages(number)).singleElement().satisfies(sms -> {
            assertThat(sms.sentAt()).isEqualTo(sent);
            assertThat(sms.receivedAt()).isEqualTo(sent.plus(Duration.ofMinutes(15)));
        });
    }

    @Test
    void a_message_whose_validity_period_passes_while_the_phone_is_unreachable_is_undelivered() {
        String number = "+32470000204";
        client.setState(number, PhoneState.defaults().withAirplaneMode(true));
        SentMessage shortLived = client.send(ACCOUNT, "t", Map.of("To", number, "From", "EULogin",
                "Body", "expires", "ValidityPeriod", "600"));
        SentMessage longLived = send(number, "still valid");

        CLOCK.advance(Duration.ofMinutes(11));
        client.setState(number, PhoneState.defaults());

        assertThat(client.messages(number)).extracting(Sms::body).containsExactly("still valid");
        SentMessage expired = client.fetch(ACCOUNT, "t", shortLived.sid());
        assertThat(expired.status()).isEqualTo("undelivered");
        assertThat(expired.errorCode()).isEqualTo(30003);
        assertThat(client.fetch(ACCOUNT, "t", longLived.sid()).status()).isEqualTo("delivered");
    }

    @Test
    void the_network_gives_up_on_an_expired_message_even_while_the_phone_stays_unreachable() {
        String number = "+32470000205";
        client.setState(number, PhoneState.defaults().withPower(false));
        SentMessage sent = client.send(ACCOUNT, "t", Map.of("To", number, "From", "EULogin",
                "Body", "expires", "ValidityPeriod", "60"));

        CLOCK.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(5))
                .until(() -> client.fetch(ACCOUNT, "t", sent.sid()).status(), "undelivered"::equals);
        assertThat(client.phone(number).waitingInNetwork()).isZero();
    }

    @Test
    void a_blocked_senders_message_never_arrives() {
        String number = "+32470000206";
        client.setState(number, PhoneState.defaults().withBlockedSenders("+15005550006", "Spammer"));

        SentMessage blocked = client.send(ACCOUNT, "t", "32470000206", "+1 500 555 0006", "blocked");
        SentMessage blockedByName = client.send(ACCOUNT, "t", number, "SPAMMER", "blocked too");
        send(number, "welcome");

        assertThat(client.messages(number)).extracting(Sms::body).containsExactly("welcome");
        assertThat(client.fetch(ACCOUNT, "t", blocked.sid()).status()).isEqualTo("undelivered");
        assertThat(client.fetch(ACCOUNT, "t", blockedByName.sid()).errorCode()).isEqualTo(30007);
    }

    @Test
    void do_not_disturb_delivers_silently() {
        String number = "+32470000207";
        client.setState(number, PhoneState.defaults().withDoNotDisturb(true));

        send(number, "shh");

        assertThat(client.messages(number)).singleElement().satisfies(sms -> {
            assertThat(sms.body()).isEqualTo("shh");
            assertThat(sms.silent()).isTrue();
        });
    }

    @Test
    void waiting_for_the_next_message_wakes_up_when_a_later_one_is_sent() throws Exception {
        String number = "+32470000208";
        Sms first = messageAfter(number, send(number, "first"));
        CompletableFuture<Optional<Sms>> next =
                CompletableFuture.supplyAsync(() -> client.nextMessage(number, first.id(), Duration.ofSeconds(20)));

        send(number, "second");

        assertThat(next.get(15, TimeUnit.SECONDS)).hasValueSatisfying(sms -> {
            assertThat(sms.body()).isEqualTo("second");
            assertThat(sms.id()).isGreaterThan(first.id());
        });
    }

    @Test
    void waiting_for_a_message_that_does_not_come_times_out_with_408() {
        HttpResponse<String> response = http.get("/api/phones/%2B32470000209/messages/next?after=0&timeout=PT0.2S");

        assertThat(response.statusCode()).isEqualTo(408);
        assertThat(RawHttp.tree(response).get("error").asText()).contains("+32470000209");
        assertThat(client.nextMessage("+32470000209", 0, Duration.ofMillis(100))).isEmpty();
    }

    @Test
    void a_number_in_a_path_may_come_with_plus_without_it_or_encoded() {
        client.createPhone("+32470000210");

        assertThat(RawHttp.tree(http.get("/api/phones/+32470000210")).get("number").asText()).isEqualTo("+32470000210");
        assertThat(RawHttp.tree(http.get("/api/phones/32470000210")).get("number").asText()).isEqualTo("+32470000210");
        assertThat(RawHttp.tree(http.get("/api/phones/%2B32470000210")).get("number").asText()).isEqualTo("+32470000210");
    }

    @Test
    void patch_changes_only_the_fields_given() {
        String number = "+32470000211";
        client.setState(number, PhoneState.defaults().withDoNotDisturb(true).withBlockedSenders("Spammer"));

        HttpResponse<String> response = http.json("PATCH", "/api/phones/" + number, "{\"airplaneMode\":true}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(client.phone(number).state())
                .isEqualTo(PhoneState.defaults().withDoNotDisturb(true).withBlockedSenders("Spammer").withAirplaneMode(true));
        assertThat(client.phone(number).reachable()).isFalse();
    }

    @Test
    void put_creates_a_phone_that_get_and_the_list_then_show() {
        HttpResponse<String> created = http.json("PUT", "/api/phones/32470000212", "{\"power\":\"off\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(client.phone("+32470000212").power()).isEqualTo("off");
        assertThat(client.phones()).anySatisfy(phone -> assertThat(phone.number()).isEqualTo("+32470000212"));
    }

    @Test
    void the_inbox_keeps_the_newest_messages_up_to_its_capacity() {
        String number = "+32470000213";
        for (int i = 1; i <= INBOX_CAPACITY + 2; i++) {
            send(number, "message " + i);
        }

        assertThat(client.messages(number)).extracting(Sms::body)
                .containsExactly("message 3", "message 4", "message 5", "message 6", "message 7");
    }

    @Test
    void clearing_an_inbox_empties_it() {
        String number = "+32470000214";
        send(number, "to be cleared");

        client.clear(number);

        assertThat(client.messages(number)).isEmpty();
    }

    @Test
    void bad_input_gets_a_400_json_error_never_a_500() {
        assertBadRequest(http.json("PATCH", "/api/phones/+32470000201", "{not json"));
        assertBadRequest(http.json("PATCH", "/api/phones/+32470000201", "{\"power\":\"maybe\"}"));
        assertBadRequest(http.json("PATCH", "/api/phones/+32470000201", "{\"signal\":\"loud\"}"));
        assertBadRequest(http.json("PATCH", "/api/phones/+32470000201", "{\"colour\":\"red\"}"));
        assertBadRequest(http.json("PATCH", "/api/phones/+32470000201", "{\"blockedSenders\":[\"no such sender!\"]}"));
        assertBadRequest(http.json("PUT", "/api/phones/not-a-number", "{}"));
        assertBadRequest(http.get("/api/phones/12/messages"));
        assertBadRequest(http.get("/api/phones/%2Babc"));
        assertBadRequest(http.get("/api/phones/+32470000201/messages/next?after=x"));
        assertBadRequest(http.get("/api/phones/+32470000201/messages/next?timeout=10"));
        assertBadRequest(http.get("/api/phones/+32470000201/messages/next?timeout=PT5M"));
        assertThat(http.json("PATCH", "/api/phones/+32470000201", "").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} is refused with: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"power\":\"maybe\"}|'power' must be one of \"on\", \"off\"",
            "{\"signal\":\"loud\"}|'signal' must be true or false",
            "{\"blockedSenders\":\"Spammer\"}|'blockedSenders' must be a list",
            "{\"blockedSenders\":[[1]]}|'blockedSenders[0]' must be a string",
            "{\"colour\":\"red\"}|Unknown field 'colour'; the fields are",
            "{\"power\":|The body is not valid JSON (line 1, column 10)",
            "[1]|The body is not the JSON object expected"})
    void a_bad_body_is_refused_in_the_apis_words_not_javas(String body, String error) {
        HttpResponse<String> response = http.json("PUT", "/api/phones/+32470000277", body);

        assertBadRequest(response);
        assertThat(RawHttp.tree(response).get("error").asText()).startsWith(error)
                .doesNotContain("lab.eulogin").doesNotContain("java.");
    }

    @Test
    void an_unknown_phone_is_404_but_its_inbox_is_just_empty() {
        assertThatThrownBy(() -> client.phone("+32470000299"))
                .isInstanceOfSatisfying(SmsApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(client.messages("+32470000299")).isEmpty();
        assertThat(http.json("PATCH", "/api/phones/+32470000298", "{\"signal\":false}").statusCode()).isEqualTo(404);
    }

    private static void assertBadRequest(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(RawHttp.tree(response).get("error").asText()).isNotBlank();
    }

    private static SentMessage send(String number, String body) {
        return client.send(ACCOUNT, "t", number, "EULogin", body);
    }

    private static Sms messageAfter(String number, SentMessage sent) {
        return client.messages(number).stream().filter(sms -> sms.sid().equals(sent.sid())).findFirst().orElseThrow();
    }
}
