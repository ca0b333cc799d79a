package lab.eulogin.sms.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.App;
import lab.eulogin.sms.client.AppApiException;
import lab.eulogin.sms.client.EuLoginAppClient;
import lab.eulogin.sms.client.PhoneState;
import lab.eulogin.sms.client.SmsApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The EU Login app on a virtual phone, through its API, against a small IdP of the test's own. */
class EuLoginAppTest {
    private static final String PIN = "2580";
    private static final String NUMBER = "+32470111222";

    private SmsEmulator emulator;
    private FakeIdp idp;
    private EuLoginAppClient apps;

    @BeforeEach
    void start() {
        emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(), Clock.systemUTC());
        idp = new FakeIdp(PIN);
        apps = new EuLoginAppClient(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
        idp.close();
    }

    private App enrolled() {
        apps.install(NUMBER);
        return apps.enrol(NUMBER, idp.enrolmentQr(), PIN);
    }

    private static void refusedWith(String code, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AppApiException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void the_app_enrols_by_initialise_scan_pin_and_authenticate() {
        App installed = apps.install(NUMBER);
        assertThat(installed.screen()).isEqualTo("home");
        assertThat(installed.accounts()).isEmpty();

        App scanned = apps.initialise(NUMBER, idp.enrolmentQr());
        assertThat(scanned.screen()).isEqualTo("pin");
        App done = apps.authenticate(NUMBER, PIN);
        assertThat(done.screen()).isEqualTo("success");
        assertThat(done.notice()).isEqualTo("device-registered");
        assertThat(done.accounts()).singleElement().satisfies(account -> {
            assertThat(account.account()).isEqualTo("user@example.eu");
            assertThat(account.server()).isEqualTo(idp.url());
        });
        assertThat(idp.device(done.currentAccount())).as("the IdP has the app's key").isNotNull();
    }

    @Test
    void a_wrong_pin_at_enrolment_is_said_and_the_right_one_can_follow() {
        apps.install(NUMBER);
        apps.initialise(NUMBER, idp.enrolmentQr());
        refusedWith("wrong-pin", () -> apps.authenticate(NUMBER, "1111"));
        assertThat(apps.app(NUMBER).screen()).isEqualTo("pin");
        assertThat(apps.authenticate(NUMBER, PIN).screen()).isEqualTo("success");
    }

    @Test
    void a_picture_without_the_enrolment_qr_code_is_refused() {
        apps.install(NUMBER);
        refusedWith("qr-unreadable", () -> apps.initialise(NUMBER, new byte[] {1, 2, 3}));
        refusedWith("wrong-qr-code", () -> apps.initialise(NUMBER, FakeIdp.png("https://example.eu")));
        refusedWith("not-scanned", () -> apps.authenticate(NUMBER, PIN));
    }

    @Test
    void in_the_foreground_a_push_opens_the_pin_prompt_at_once_and_the_pin_approves() throws Exception {
        App app = enrolled();
        String requestId = idp.push(emulator.pushUrl(), app.currentAccount());
        App.Request request = apps.nextRequest(NUMBER, Duration.ofSeconds(5)).orElseThrow();
        assertThat(request.requestId()).isEqualTo(requestId);
        assertThat(request.state()).isEqualTo("pin-prompt");

        App after = apps.approve(NUMBER, requestId, PIN);
        assertThat(after.notice()).isEqualTo("request-approved");
        assertThat(after.requests()).isEmpty();
        assertThat(idp.answers).singleElement()
                .isEqualTo(new FakeIdp.Answer(requestId, "approve", "pin", "accepted"));
    }

    @Test
    void in_the_background_the_notification_must_be_accepted_before_the_pin() throws Exception {
        App app = enrolled();
        apps.setForeground(NUMBER, false);
        String requestId = idp.push(emulator.pushUrl(), app.currentAccount());
        assertThat(apps.requests(NUMBER)).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("notification"));
        refusedWith("notification-not-accepted", () -> apps.approve(NUMBER, requestId, PIN));
        assertThat(idp.answers).isEmpty();

        assertThat(apps.accept(NUMBER, requestId).requests()).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("pin-prompt"));
        apps.approve(NUMBER, requestId, PIN);
        assertThat(idp.answers).extracting(FakeIdp.Answer::outcome).containsExactly("accepted");
    }

    @Test
    void a_wrong_pin_is_refused_by_the_idp_and_the_request_stays_open() throws Exception {
        App app = enrolled();
        String requestId = idp.push(emulator.pushUrl(), app.currentAccount());
        assertThatThrownBy(() -> apps.approve(NUMBER, requestId, "0000")).isInstanceOfSatisfying(AppApiException.class, e -> {
            assertThat(e.code()).isEqualTo("wrong-pin");
            assertThat(e.triesLeft()).isEqualTo(4);
        });
        assertThat(apps.app(NUMBER).notice()).isEqualTo("wrong-pin");
        assertThat(apps.requests(NUMBER)).hasSize(1);
        apps.approve(NUMBER, requestId, PIN);
        assertThat(idp.answers).extracting(FakeIdp.Answer::outcome).containsExactly("wrong-pin", "accepted");
    }

    @Test
    void once_enabled_the_fingerprint_replaces_the_pin() throws Exception {
        App app = enrolled();
        String first = idp.push(emulator.pushUrl(), app.currentAccount());
        refusedWith("fingerprint-off", () -> apps.approveWithFingerprint(NUMBER, first));
        assertThat(apps.enableFingerprint(NUMBER, PIN).fingerprint()).isTrue();
        apps.approveWithFingerprint(NUMBER, first);
        assertThat(idp.answers).singleElement().isEqualTo(new FakeIdp.Answer(first, "approve", "biometric", "accepted"));

        apps.disableFingerprint(NUMBER);
        String second = idp.push(emulator.pushUrl(), app.currentAccount());
        refusedWith("fingerprint-off", () -> apps.approveWithFingerprint(NUMBER, second));
    }

    @Test
    void a_refusal_in_the_app_is_signed_and_sent() throws Exception {
        App app = enrolled();
        String requestId = idp.push(emulator.pushUrl(), app.currentAccount());
        assertThat(apps.refuse(NUMBER, requestId).notice()).isEqualTo("request-refused");
        assertThat(idp.answers).singleElement().isEqualTo(new FakeIdp.Answer(requestId, "refuse", "pin", "accepted"));
    }

    @Test
    void offline_the_app_gets_no_push_until_it_is_back_online() throws Exception {
        App app = enrolled();
        apps.setOffline(NUMBER, true);
        String requestId = idp.push(emulator.pushUrl(), app.currentAccount());
        assertThat(apps.requests(NUMBER)).isEmpty();
        apps.setOffline(NUMBER, false);
        assertThat(apps.requests(NUMBER)).extracting(App.Request::requestId).containsExactly(requestId);
    }

    @Test
    void a_phone_in_airplane_mode_gets_the_push_when_it_comes_back() throws Exception {
        App app = enrolled();
        SmsApiClient phones = new SmsApiClient(emulator.baseUrl());
        phones.setState(NUMBER, new PhoneState("on", true, true, false, List.of()));
        assertThat(apps.app(NUMBER).online()).isFalse();
        String requestId = idp.push(emulator.pushUrl(), app.currentAccount());
        assertThat(apps.requests(NUMBER)).isEmpty();
        phones.setState(NUMBER, new PhoneState("on", false, true, false, List.of()));
        assertThat(apps.requests(NUMBER)).extracting(App.Request::requestId).containsExactly(requestId);
    }

    @Test
    void offline_the_app_cannot_answer_but_shows_one_time_codes_for_a_qr_code() throws Exception {
        App app = enrolled();
        String requestId = idp.push(emulator.pushUrl(), app.currentAccount());
        apps.setOffline(NUMBER, true);
        refusedWith("offline", () -> apps.approve(NUMBER, requestId, PIN));

        byte[] challenge = FakeIdp.png("eulogin:otp?challenge=fresh-challenge");
        String code = apps.oneTimeCode(NUMBER, challenge, PIN);
        FakeIdp.Device device = idp.device(app.currentAccount());
        assertThat(code).isEqualTo(AppCrypto.oneTimeCode(device.otpSecret(), "fresh-challenge", idp.pinKey(PIN)));
        assertThat(apps.app(NUMBER).oneTimeCode()).isEqualTo(code);
        assertThat(apps.oneTimeCode(NUMBER, challenge, "0000")).as("a wrong PIN gives a code the IdP refuses")
                .isNotEqualTo(code);
        apps.enableFingerprint(NUMBER, PIN);
        assertThat(apps.oneTimeCodeWithFingerprint(NUMBER, challenge)).isEqualTo(code);
        refusedWith("wrong-qr-code", () -> apps.oneTimeCode(NUMBER, idp.enrolmentQr(), PIN));
    }

    @Test
    void two_accounts_switch_and_unlink_device_tells_the_idp() {
        App first = enrolled();
        App second = apps.enrol(NUMBER, idp.enrolmentQr(), PIN);
        assertThat(second.accounts()).hasSize(2);
        assertThat(second.currentAccount()).isNotEqualTo(first.currentAccount());
        assertThat(apps.switchAccount(NUMBER, first.currentAccount()).currentAccount()).isEqualTo(first.currentAccount());

        App after = apps.unlink(NUMBER);
        assertThat(idp.unlinked).containsExactly(first.currentAccount());
        assertThat(after.accounts()).extracting(App.Account::deviceId).containsExactly(second.currentAccount());
        assertThat(after.currentAccount()).isEqualTo(second.currentAccount());
    }

    @Test
    void an_unknown_push_token_is_answered_as_fcm_answers_a_stale_one_and_the_api_explains_mistakes() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(emulator.pushUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":{\"token\":\"nobody\",\"data\":{}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("UNREGISTERED");

        assertThatThrownBy(() -> apps.app("+32470999999")).isInstanceOfSatisfying(AppApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        apps.install(NUMBER);
        refusedWith("not-enrolled", () -> apps.enableFingerprint(NUMBER, PIN));
        apps.initialise(NUMBER, idp.enrolmentQr());
        refusedWith("bad-input", () -> apps.authenticate(NUMBER, "12"));
        assertThat(apps.nextRequest(NUMBER, Duration.ZERO)).isEmpty();
    }
}
