package lab.eulogin.sms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.EuLoginAppClient;
import lab.eulogin.sms.client.Fault;
import lab.eulogin.sms.client.PhoneState;
import lab.eulogin.sms.client.SentMessage;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.sms.client.SmsApiException;
import lab.eulogin.sms.client.AppApiException;
import org.junit.jupiter.api.Test;

class ResetApiTest {
    private static final String ACCOUNT = "AC00000000000000000000000000000003";

    @Test
    void the_reset_leaves_no_phone_app_fault_or_sent_message_and_ids_keep_counting() {
        try (SmsEmulator emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(), Clock.systemUTC())) {
            SmsApiClient sms = new SmsApiClient(emulator.baseUrl());
            EuLoginAppClient app = new EuLoginAppClient(emulator.baseUrl());
            sms.send(ACCOUNT, "t", "+32470000301", "EULogin", "first");
            long firstId = sms.messages("+32470000301").get(0).id();
            sms.setState("+32470000302", PhoneState.defaults().withAirplaneMode(true));
            SentMessage held = sms.send(ACCOUNT, "t", "+32470000302", "EULogin", "held");
            app.install("+32470000303");
            sms.setFault(Fault.slow(10).forNumber("+32470000304"));

            sms.reset();

            assertThat(sms.phones()).isEmpty();
            assertThat(sms.faults()).isEmpty();
            assertThatThrownBy(() -> sms.fetch(ACCOUNT, "t", held.sid())).isInstanceOf(SmsApiException.class);
            assertThatThrownBy(() -> app.app("+32470000303")).isInstanceOf(AppApiException.class);
            sms.send(ACCOUNT, "t", "+32470000301", "EULogin", "after");
            assertThat(sms.messages("+32470000301")).singleElement()
                    .satisfies(message -> assertThat(message.id()).isGreaterThan(firstId));
        }
    }
}
