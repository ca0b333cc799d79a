package lab.eulogin.sms.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.eulogin.sms.RawHttp;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.EuLoginAppClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app's screens on the phones' page, as a person giving a demo goes through them. */
class AppScreensPageTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String PIN = "1357";
    private static final String APP = "/phones/32470222333/app";

    private SmsEmulator emulator;
    private FakeIdp idp;
    private RawHttp http;

    @BeforeEach
    void start() {
        emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(), Clock.systemUTC());
        idp = new FakeIdp(PIN);
        http = new RawHttp(emulator.baseUrl());
        http.form("/phones", Map.of("csrf", csrf(), "number", "+32470222333"));
    }

    @AfterEach
    void stop() {
        emulator.close();
        idp.close();
    }

    private String csrf() {
        Matcher m = CSRF.matcher(http.get("/").body());
        return m.find() ? m.group(1) : "";
    }

    private String press(String path, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("csrf", csrf());
        HttpResponse<String> response = http.form(path, all);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("#phone-32470222333");
        return http.get("/").body();
    }

    private static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private String enrol() {
        press(APP + "/install", Map.of());
        press(APP + "/initialise", Map.of());
        press(APP + "/scan", Map.of("image", dataUrl(idp.enrolmentQr())));
        return press(APP + "/authenticate", Map.of("pin", PIN));
    }

    @Test
    void the_app_is_installed_and_enrolled_from_a_screenshot_and_the_pin() {
        assertThat(http.get("/").body()).contains("data-msg=\"no-apps\"").contains("id=\"install-app-32470222333\"");
        assertThat(press(APP + "/install", Map.of())).contains("data-app=\"eu-login\"")
                .contains("id=\"initialise-32470222333\"").doesNotContain("data-msg=\"no-apps\"");
        assertThat(press(APP + "/initialise", Map.of())).contains("data-screen=\"scan\"").contains("data-qr-drop");
        assertThat(press(APP + "/scan", Map.of("image", "data:image/png;base64,AAAA")))
                .contains("data-app-msg=\"qr-unreadable\"");
        assertThat(press(APP + "/scan", Map.of("image", dataUrl(idp.enrolmentQr()))))
                .contains("data-screen=\"pin\"").contains("id=\"authenticate-32470222333\"");
        assertThat(press(APP + "/authenticate", Map.of("pin", "0000"))).contains("data-app-msg=\"wrong-pin\"");
        assertThat(press(APP + "/authenticate", Map.of("pin", PIN))).contains("data-app-msg=\"device-registered\"")
                .contains("user@example.eu");
    }

    @Test
    void a_notification_in_the_background_is_accepted_then_answered_with_the_pin() throws Exception {
        enrol();
        press(APP + "/foreground", Map.of("value", "false"));
        String deviceId = new EuLoginAppClient(emulator.baseUrl()).app("+32470222333").currentAccount();
        String requestId = idp.push(emulator.pushUrl(), deviceId);
        assertThat(http.get("/").body()).contains("data-state=\"notification\"").contains("data-msg=\"request-pending\"");

        assertThat(press(APP + "/requests/" + requestId + "/accept", Map.of())).contains("data-state=\"pin-prompt\"");
        assertThat(press(APP + "/requests/" + requestId + "/approve", Map.of("pin", PIN)))
                .contains("data-app-msg=\"request-approved\"").doesNotContain("data-request-id=");
        assertThat(idp.answers).extracting(FakeIdp.Answer::outcome).containsExactly("accepted");
    }

    @Test
    void a_new_request_is_not_shown_under_the_enrolments_success_notice() throws Exception {
        assertThat(enrol()).contains("data-app-msg=\"device-registered\"");
        String deviceId = new EuLoginAppClient(emulator.baseUrl()).app("+32470222333").currentAccount();
        idp.push(emulator.pushUrl(), deviceId);
        assertThat(http.get("/").body()).contains("data-state=\"pin-prompt\"").doesNotContain("data-app-msg=");
    }

    @Test
    void the_one_time_code_for_a_qr_code_shows_on_the_screen() {
        enrol();
        String page = press(APP + "/one-time-code", Map.of("pin", PIN,
                "image", dataUrl(FakeIdp.png("eulogin:otp?challenge=on-the-page"))));
        assertThat(page).containsPattern("data-one-time-code=\"[0-9]{8}\"");
        assertThat(press(APP + "/home", Map.of())).doesNotContain("data-one-time-code");
    }

    @Test
    void a_form_without_the_token_changes_nothing() {
        HttpResponse<String> response = http.form(APP + "/install", Map.of("csrf", "forged"));
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("msg=form-expired");
        assertThat(http.get("/").body()).contains("data-msg=\"no-apps\"");
    }
}
