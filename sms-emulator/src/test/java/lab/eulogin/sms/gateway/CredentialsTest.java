package lab.eulogin.sms.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import lab.eulogin.sms.RawHttp;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.sms.client.SmsApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";
    private static SmsEmulator emulator;
    private static SmsApiClient client;

    @BeforeAll
    static void start() {
        emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort().withCredentials(ACCOUNT, TOKEN), Clock.systemUTC());
        client = new SmsApiClient(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void the_configured_credentials_are_accepted() {
        assertThat(client.send(ACCOUNT, TOKEN, "+32470000501", "EULogin", "ok").status()).isEqualTo("queued");
    }

    @Test
    void a_wrong_token_gets_twilios_401_and_nothing_is_sent() {
        HttpResponse<String> response = new RawHttp(emulator.baseUrl())
                .twilioSend(ACCOUNT, "wrong", Map.of("To", "+32470000502", "From", "EULogin", "Body", "no"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Twilio API\"");
        assertThat(RawHttp.tree(response).get("code").asInt()).isEqualTo(20003);
        assertThat(RawHttp.tree(response).get("message").asText()).isEqualTo("Authenticate");
        assertThat(client.messages("+32470000502")).isEmpty();
    }

    @Test
    void another_account_gets_twilios_401() {
        assertThatThrownBy(() -> client.send("AC99999999999999999999999999999999", TOKEN, "+32470000503", "EULogin", "no"))
                .isInstanceOfSatisfying(SmsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo(20003);
                });
    }
}
