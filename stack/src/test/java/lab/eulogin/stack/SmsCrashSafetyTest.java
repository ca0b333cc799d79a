package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lab.eulogin.sms.client.App;
import lab.eulogin.sms.client.EuLoginAppClient;
import lab.eulogin.sms.client.Phone;
import lab.eulogin.sms.client.PhoneState;
import lab.eulogin.sms.client.SentMessage;
import lab.eulogin.sms.client.Sms;
import lab.eulogin.sms.client.SmsApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the SMS emulator answered as done (messages accepted by the gateway, phones, apps) survives
 * the lab's process being killed without warning right after the answers, and a restart on the
 * same data folder.
 */
class SmsCrashSafetyTest {
    private static final int SENDERS = 4;
    private static final int PER_SENDER = 15;
    private static final String ACCOUNT = "AC0000000000000000000000000000c4a5";
    private static final String AIRPLANE = "+32470990000";
    private static final String WITH_APP = "+32470990001";

    @TempDir
    Path data;

    @Test
    void sms_accepted_by_the_gateway_phones_and_apps_survive_a_kill_right_after_the_answers() throws Exception {
        int smsPort = FreePorts.any();
        List<String> options = new ArrayList<>(DemoProcess.options(data, "--sms-port", String.valueOf(smsPort)));
        options.addAll(List.of("--demo-data", "off"));
        SmsApiClient sms = new SmsApiClient("http://127.0.0.1:" + smsPort);
        EuLoginAppClient apps = new EuLoginAppClient("http://127.0.0.1:" + smsPort);

        Process first = CrashSafetyTest.started(options);
        List<SentMessage> sent = new ArrayList<>();
        PhoneState airplane = PhoneState.defaults().withAirplaneMode(true);
        App installed;
        try {
            sms.setState(AIRPLANE, airplane);
            installed = apps.install(WITH_APP);
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            try {
                List<Future<List<SentMessage>>> bursts = new ArrayList<>();
                for (int s = 0; s < SENDERS; s++) {
                    String to = "+3247099100" + s;
                    bursts.add(senders.submit(() -> {
                        List<SentMessage> mine = new ArrayList<>();
                        for (int i = 0; i < PER_SENDER; i++) {
                            mine.add(sms.send(ACCOUNT, "token", to, "EULogin", "Your code " + to + "-" + i));
                        }
                        return mine;
                    }));
                }
                for (Future<List<SentMessage>> burst : bursts) {
                    sent.addAll(burst.get());
                }
            } finally {
                senders.shutdown();
            }
            sent.add(sms.send(ACCOUNT, "token", AIRPLANE, "EULogin", "held by the network"));
        } finally {
            first.destroyForcibly(); // SIGKILL at once after the last answer: no shutdown hook runs
        }
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sent).hasSize(SENDERS * PER_SENDER + 1);

        Process second = CrashSafetyTest.started(options);
        try {
            for (int s = 0; s < SENDERS; s++) {
                String to = "+3247099100" + s;
                List<String> expected = sent.stream().filter(m -> m.to().equals(to)).map(SentMessage::sid).toList();
                assertThat(sms.messages(to)).as("the inbox of %s after the restart", to)
                        .extracting(Sms::sid).containsExactlyElementsOf(expected);
            }
            for (SentMessage message : sent) {
                assertThat(sms.fetch(ACCOUNT, "token", message.sid()).body()).isEqualTo(message.body());
            }
            Phone held = sms.phone(AIRPLANE);
            assertThat(held.state()).isEqualTo(airplane);
            assertThat(held.waitingInNetwork()).isEqualTo(1);
            assertThat(apps.app(WITH_APP).number()).isEqualTo(installed.number());
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
