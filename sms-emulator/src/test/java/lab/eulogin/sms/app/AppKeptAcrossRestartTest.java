package lab.eulogin.sms.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.App;
import lab.eulogin.sms.client.AppApiException;
import lab.eulogin.sms.client.EuLoginAppClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EU Login app keeps its enrolments, keys and settings across a restart on the same data folder,
 * as a phone keeps its apps across a reboot: the IdP's pushes still reach it and its signed answers
 * are still accepted. The folder is copied while the emulator runs, as a kill would leave it.
 */
class AppKeptAcrossRestartTest {
    private static final String PIN = "2580";
    private static final String NUMBER = "+32470111333";
    private static final String REMOVED = "+32470111334";

    @TempDir
    Path data;
    @TempDir
    Path afterKill;

    private final FakeIdp idp = new FakeIdp(PIN);

    @AfterEach
    void stop() {
        idp.close();
    }

    private static SmsEmulator start(Path folder) {
        return SmsEmulator.start(SmsEmulatorConfig.anyFreePort().withDataFolder(folder), Clock.systemUTC());
    }

    @Test
    void enrolments_keys_and_settings_survive_and_the_idp_still_accepts_the_answers() throws Exception {
        byte[] challenge = FakeIdp.png("eulogin:otp?challenge=before-and-after");
        App before;
        String code;
        try (SmsEmulator first = start(data)) {
            EuLoginAppClient apps = new EuLoginAppClient(first.baseUrl());
            apps.install(NUMBER);
            App other = apps.enrol(NUMBER, idp.enrolmentQr(), PIN);
            apps.enrol(NUMBER, idp.enrolmentQr(), PIN);
            apps.switchAccount(NUMBER, other.currentAccount());
            apps.enableFingerprint(NUMBER, PIN);
            apps.setForeground(NUMBER, false);
            apps.install(REMOVED);
            apps.uninstall(REMOVED);
            code = apps.oneTimeCode(NUMBER, challenge, PIN);
            before = apps.app(NUMBER);
            Files.copy(data.resolve("sms-emulator.journal"), afterKill.resolve("sms-emulator.journal"));
        }

        try (SmsEmulator second = start(afterKill)) {
            EuLoginAppClient apps = new EuLoginAppClient(second.baseUrl());
            App after = apps.app(NUMBER);
            assertThat(after.accounts()).isEqualTo(before.accounts()).hasSize(2);
            assertThat(after.currentAccount()).isEqualTo(before.currentAccount());
            assertThat(after.fingerprint()).isTrue();
            assertThat(after.foreground()).isFalse();
            assertThat(after.screen()).isEqualTo("home");
            assertThatThrownBy(() -> apps.app(REMOVED)).isInstanceOf(AppApiException.class);
            assertThat(apps.oneTimeCode(NUMBER, challenge, PIN)).as("the same secret and PIN salt").isEqualTo(code);

            String requestId = idp.push(second.pushUrl(), after.currentAccount());
            App.Request request = apps.nextRequest(NUMBER, Duration.ofSeconds(5)).orElseThrow();
            assertThat(request.requestId()).isEqualTo(requestId);
            assertThat(request.state()).as("still in the background").isEqualTo("notification");
            apps.accept(NUMBER, requestId);
            apps.approveWithFingerprint(NUMBER, requestId);
            assertThat(idp.answers).singleElement()
                    .isEqualTo(new FakeIdp.Answer(requestId, "approve", "biometric", "accepted"));
        }
    }
}
