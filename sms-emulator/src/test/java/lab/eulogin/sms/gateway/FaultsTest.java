package lab.eulogin.sms.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import lab.eulogin.sms.RawHttp;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.Fault;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.sms.client.SmsApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private static final String ACCOUNT = "AC00000000000000000000000000000003";
    private static SmsEmulator emulator;
    private static SmsApiClient client;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(), Clock.systemUTC());
        client = new SmsApiClient(emulator.baseUrl());
        http = new RawHttp(emulator.baseUrl());
    }

    @AfterEach
    void clearFaults() {
        client.clearFaults();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void a_slow_gateway_answers_after_the_delay_and_still_delivers() {
        client.setFault(Fault.slow(400));

        long started = System.nanoTime();
        client.send(ACCOUNT, "t", "+32470000301", "EULogin", "slowly");
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMs).isGreaterThanOrEqualTo(400);
        assertThat(client.messages("+32470000301")).hasSize(1);
    }

    @Test
    void a_server_error_answers_twilios_error_and_the_message_is_not_sent() {
        client.setFault(Fault.serverError(503));

        assertThatThrownBy(() -> client.send(ACCOUNT, "t", "+32470000302", "EULogin", "lost"))
                .isInstanceOfSatisfying(SmsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo(20503);
                });
        assertThat(client.messages("+32470000302")).isEmpty();
    }

    @Test
    void a_dropped_connection_fails_the_request_and_the_message_is_not_sent() {
        client.setFault(Fault.dropConnection());

        assertThatThrownBy(() -> client.send(ACCOUNT, "t", "+32470000303", "EULogin", "dropped"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(client.messages("+32470000303")).isEmpty();
    }

    @Test
    void a_fault_for_one_number_leaves_messages_to_other_numbers_alone() {
        client.setFault(Fault.serverError(500).forNumber("32470000304"));

        assertThatThrownBy(() -> client.send(ACCOUNT, "t", "+32470000304", "EULogin", "refused"))
                .isInstanceOfSatisfying(SmsApiException.class, e -> assertThat(e.status()).isEqualTo(500));
        client.send(ACCOUNT, "t", "+32470000305", "EULogin", "fine");

        assertThat(client.messages("+32470000304")).isEmpty();
        assertThat(client.messages("+32470000305")).hasSize(1);
        assertThat(client.faults()).containsExactly(new Fault("server-error", null, 500, "+32470000304"));
    }

    @Test
    void clearing_the_faults_brings_the_gateway_back() {
        client.setFault(Fault.serverError(500));
        client.clearFaults();

        client.send(ACCOUNT, "t", "+32470000306", "EULogin", "back");

        assertThat(client.messages("+32470000306")).hasSize(1);
        assertThat(client.faults()).isEmpty();
    }

    @Test
    void an_incomplete_or_unknown_fault_gets_a_400() {
        assertThat(http.json("POST", "/api/faults", "{\"kind\":\"slow\"}").statusCode()).isEqualTo(400);
        assertThat(http.json("POST", "/api/faults", "{\"kind\":\"server-error\",\"status\":200}").statusCode()).isEqualTo(400);
        assertThat(http.json("POST", "/api/faults", "{\"kind\":\"meteor\"}").statusCode()).isEqualTo(400);
        assertThat(http.json("POST", "/api/faults", "{\"kind\":\"drop-connection\",\"number\":\"x\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> plainText = http.send(http.formRequest("/api/faults", Map.of("kind", "slow")));
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertThat(client.faults()).isEmpty();
    }
}
