package lab.eulogin.idp.web;

import lab.eulogin.idp.devices.DeviceCrypto;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** "Manage my mobile devices" (FAQ APP-01, APP-02, APP-06) and the app's enrolment API, over real HTTP. */
class MobileDevicesTest extends IdpTestBase {
    private static final String PIN = "4321";

    private void addDevice(String name, String pin, String confirmation) {
        browser.get("/cas/mobile/add");
        browser.post("/cas/mobile/add", Map.of("deviceName", name, "pin", pin, "pinConfirm", confirmation));
    }

    private String enrolmentStatus() {
        return TestApp.json(browser.get("/cas/mobile/enrol/status")).get("status").asText();
    }

    @Test
    void a_device_is_added_by_scanning_the_qr_code_on_the_page_and_typing_the_pin_in_the_app() {
        registerAndActivate("app@example.eu");
        browser.get("/cas/userdata/myAccount.cgi");
        assertThat(browser.last().body()).contains("id=\"menu-mobile-devices\" href=\"/cas/mobile\"")
                .contains("id=\"menu-panic\" href=\"/cas/mobile/panic\"");

        addDevice("My phone", PIN, PIN);
        assertThat(browser.page()).isEqualTo("mobile-device-enrol");
        String page = browser.last().body();
        assertThat(page).contains("id=\"continue\" class=\"button primary\" href=\"/cas/mobile/enrol/continue\"");
        assertThat(enrolmentStatus()).isEqualTo("WAITING");

        TestApp app = new TestApp();
        String qr = TestApp.scan(page, "enrolment-qr");
        assertThat(qr).startsWith("eulogin:enrol?server=" + idp.baseUrl().replace(":", "%3A").replace("/", "%2F"));
        HttpResponse<String> enrolled = app.enrol(qr, PIN);
        assertThat(enrolled.statusCode()).isEqualTo(201);
        assertThat(TestApp.json(enrolled).get("account").asText()).isEqualTo("app@example.eu");
        assertThat(enrolmentStatus()).isEqualTo("ENROLLED");

        browser.get("/cas/mobile/enrol/continue");
        assertThat(browser.page()).as("the welcome screen").isEqualTo("login-success");
        assertThat(browser.last().body()).contains("data-msg=\"device-added\"");
        browser.get("/cas/mobile");
        assertThat(browser.last().body()).contains("data-device=\"My phone\"");
    }

    @Test
    void the_status_asked_to_wait_while_waiting_answers_once_the_app_has_enrolled() throws Exception {
        registerAndActivate("long-poll@example.eu");
        addDevice("My phone", PIN, PIN);
        String qr = TestApp.scan(browser.last().body(), "enrolment-qr");
        CompletableFuture<HttpResponse<String>> waiting = browser.getLater("/cas/mobile/enrol/status?while=WAITING");
        assertThat(new TestApp().enrol(qr, PIN).statusCode()).isEqualTo(201);
        assertThat(TestApp.json(waiting.get(10, TimeUnit.SECONDS)).get("status").asText()).isEqualTo("ENROLLED");
    }

    @Test
    void once_the_app_has_enrolled_continue_and_the_qr_page_lead_to_the_welcome_screen_however_often_they_are_followed() {
        registerAndActivate("twice@example.eu");
        addDevice("My phone", PIN, PIN);
        new TestApp().enrol(TestApp.scan(browser.last().body(), "enrolment-qr"), PIN);
        // The page's script and the person both follow "Continue", one just after the other.
        for (String path : new String[] {"/cas/mobile/enrol/continue", "/cas/mobile/enrol/continue", "/cas/mobile/enrol"}) {
            browser.get(path);
            assertThat(browser.page()).as(path).isEqualTo("login-success");
            assertThat(browser.last().body()).contains("data-msg=\"device-added\"");
        }
        addDevice("Tablet", PIN, PIN);
        assertThat(browser.page()).as("the next device gets a QR code of its own").isEqualTo("mobile-device-enrol");
        assertThat(enrolmentStatus()).isEqualTo("WAITING");
    }

    @Test
    void continue_before_the_app_has_enrolled_says_so_and_keeps_the_qr_code() {
        registerAndActivate("early@example.eu");
        addDevice("Tablet", PIN, PIN);
        browser.get("/cas/mobile/enrol/continue");
        assertThat(browser.page()).isEqualTo("mobile-device-enrol");
        assertThat(browser.last().body()).contains("data-msg=\"enrolment-waiting\"").contains("id=\"enrolment-qr\"");
    }

    @Test
    void the_form_explains_a_missing_name_a_pin_that_is_not_four_digits_and_a_confirmation_that_differs() {
        registerAndActivate("form@example.eu");
        addDevice(" ", "12a4", "12a4");
        assertThat(browser.page()).isEqualTo("add-mobile-device");
        assertThat(browser.last().statusCode()).isEqualTo(400);
        assertThat(browser.last().body()).contains("data-msg=\"device-name-required\" data-field=\"deviceName\"")
                .contains("data-msg=\"pin-format\" data-field=\"pin\"");
        addDevice("Phone", "1234", "1243");
        assertThat(browser.last().body()).contains("data-msg=\"pin-mismatch\" data-field=\"pinConfirm\"")
                .contains("value=\"Phone\"");
    }

    @Test
    void a_wrong_pin_in_the_app_is_refused_at_enrolment_and_the_right_one_then_works() {
        registerAndActivate("wrongpin@example.eu");
        addDevice("My phone", PIN, PIN);
        String qr = TestApp.scan(browser.last().body(), "enrolment-qr");
        HttpResponse<String> refused = new TestApp().enrol(qr, "9999");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(TestApp.json(refused).get("error").asText()).isEqualTo("wrong-pin");
        assertThat(new TestApp().enrol(qr, PIN).statusCode()).isEqualTo(201);
    }

    @Test
    void an_enrolment_qr_code_works_once_and_not_after_five_minutes() {
        registerAndActivate("once@example.eu");
        addDevice("My phone", PIN, PIN);
        String qr = TestApp.scan(browser.last().body(), "enrolment-qr");
        assertThat(new TestApp().enrol(qr, PIN).statusCode()).isEqualTo(201);
        HttpResponse<String> copied = new TestApp().enrol(qr, PIN);
        assertThat(copied.statusCode()).isEqualTo(410);
        assertThat(TestApp.json(copied).get("error").asText()).isEqualTo("unknown-code");

        addDevice("Tablet", PIN, PIN);
        String late = TestApp.scan(browser.last().body(), "enrolment-qr");
        clock.advance(Duration.ofMinutes(5));
        assertThat(TestApp.json(new TestApp().enrol(late, PIN)).get("error").asText()).isEqualTo("expired");
        browser.get("/cas/mobile/enrol/continue");
        assertThat(browser.last().body()).contains("data-msg=\"enrolment-expired\"").doesNotContain("id=\"enrolment-qr\"");
    }

    @Test
    void an_enrolment_signed_with_another_key_than_the_one_it_carries_is_refused() {
        registerAndActivate("forged@example.eu");
        addDevice("My phone", PIN, PIN);
        String qr = TestApp.scan(browser.last().body(), "enrolment-qr");
        TestApp honest = new TestApp();
        TestApp thief = new TestApp();
        String code = thief.scanned(qr);
        String proof = DeviceCrypto.pinProof(thief.pinKey(PIN), code);
        HttpResponse<String> forged = thief.post("/cas/api/mobile/enrol", Map.of("code", code,
                "publicKey", honest.publicKey(), "pushToken", "t", "pinProof", proof,
                "signature", thief.sign(DeviceCrypto.enrolmentMessage(code, honest.publicKey(), proof, "t"))));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(forged).get("error").asText()).isEqualTo("bad-signature");
        assertThat(thief.post("/cas/api/mobile/enrol", Map.of("code", "x")).statusCode()).isEqualTo(400);
    }

    @Test
    void a_device_name_is_used_once_per_account_and_a_device_can_be_deleted() {
        registerAndActivate("two@example.eu");
        addDevice("My phone", PIN, PIN);
        new TestApp().enrol(TestApp.scan(browser.last().body(), "enrolment-qr"), PIN);
        addDevice("my phone", PIN, PIN);
        assertThat(browser.last().body()).contains("data-msg=\"device-name-taken\"");

        browser.get("/cas/mobile");
        String id = browser.last().body().replaceAll("(?s).*name=\"device\" value=\"(\\d+)\".*", "$1");
        String csrf = browser.csrf();
        browser.post("/cas/mobile", Map.of("device", id));
        assertThat(browser.page()).isEqualTo("mobile-devices");
        assertThat(browser.last().body()).contains("data-msg=\"no-devices\"").doesNotContain("data-device=");
        browser.post("/cas/mobile", Map.of("device", id, "csrf", csrf));
        assertThat(browser.last().statusCode()).isEqualTo(404);
    }

    @Test
    void the_panic_button_deletes_every_device_after_a_confirmation_and_a_new_one_can_be_added() {
        registerAndActivate("panic@example.eu");
        addDevice("Old phone", PIN, PIN);
        TestApp lost = new TestApp();
        lost.enrol(TestApp.scan(browser.last().body(), "enrolment-qr"), PIN);
        addDevice("Old tablet", PIN, PIN);
        new TestApp().enrol(TestApp.scan(browser.last().body(), "enrolment-qr"), PIN);
        signIn("panic@example.eu", GOOD_PASSWORD, "PASSWORD_MOBILE_APP");
        String requestId = push.last().data().get("requestId");

        browser.get("/cas/mobile/panic");
        assertThat(browser.page()).isEqualTo("mobile-panic");
        assertThat(browser.last().body()).contains("data-field=\"device-count\"").contains(": 2");
        browser.post("/cas/mobile/panic", Map.of());
        assertThat(browser.page()).isEqualTo("mobile-devices");
        assertThat(browser.last().body()).contains("data-msg=\"devices-all-deleted\"").contains("data-msg=\"no-devices\"");
        assertThat(lost.approve(requestId, PIN).statusCode()).isEqualTo(404);

        addDevice("New phone", PIN, PIN);
        assertThat(new TestApp().enrol(TestApp.scan(browser.last().body(), "enrolment-qr"), PIN).statusCode()).isEqualTo(201);
        browser.get("/cas/mobile");
        assertThat(browser.last().body()).contains("data-device=\"New phone\"").doesNotContain("data-device=\"Old phone\"");
    }

    @Test
    void the_panic_button_needs_the_form_token() {
        registerAndActivate("forgedpanic@example.eu");
        addDevice("Phone", PIN, PIN);
        new TestApp().enrol(TestApp.scan(browser.last().body(), "enrolment-qr"), PIN);
        browser.postRaw("/cas/mobile/panic", Map.of("csrf", "forged"));
        assertThat(browser.last().statusCode()).isEqualTo(403);
        browser.get("/cas/mobile");
        assertThat(browser.last().body()).contains("data-device=\"Phone\"");
    }

    @Test
    void unlink_device_in_the_app_removes_it_when_signed_with_its_key() {
        registerAndActivate("unlink@example.eu");
        addDevice("Phone", PIN, PIN);
        TestApp app = new TestApp();
        String qr = TestApp.scan(browser.last().body(), "enrolment-qr");
        app.enrol(qr, PIN);
        String now = clock.instant().toString();
        TestApp other = new TestApp();
        other.scanned(qr);
        String path = "/cas/api/mobile/devices/" + app.deviceId + "/unlink";
        assertThat(other.post(path, Map.of("issuedAt", now,
                "signature", other.sign(DeviceCrypto.unlinkMessage(app.deviceId, now)))).statusCode()).isEqualTo(403);
        assertThat(app.post(path, Map.of("issuedAt", now,
                "signature", app.sign(DeviceCrypto.unlinkMessage(app.deviceId, now)))).statusCode()).isEqualTo(204);
        browser.get("/cas/mobile");
        assertThat(browser.last().body()).contains("data-msg=\"no-devices\"");
    }
}
