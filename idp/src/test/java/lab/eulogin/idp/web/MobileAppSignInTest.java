package lab.eulogin.idp.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app's sign-in steps (FAQ APP-03, APP-04, APP-07, APP-08): chosen under "Choose your
 * verification method" with the password, answered by the app over its API, followed by the PC page.
 */
class MobileAppSignInTest extends IdpTestBase {
    private static final String PIN = "2580";
    private String email;

    private TestApp enrolledApp(String email) {
        this.email = email;
        registerAndActivate(email);
        browser.get("/cas/mobile/add");
        browser.post("/cas/mobile/add", Map.of("deviceName", "My phone", "pin", PIN, "pinConfirm", PIN));
        TestApp app = new TestApp();
        assertThat(app.enrol(TestApp.scan(browser.last().body(), "enrolment-qr"), PIN).statusCode()).isEqualTo(201);
        return app;
    }

    /** Starts "Mobile App + PIN" for the browser's account and returns the request id the push carried. */
    private String pushSignIn(TestApp app) {
        int before = push.received().size();
        browser = signIn(email, GOOD_PASSWORD, "PASSWORD_MOBILE_APP");
        assertThat(browser.page()).isEqualTo("login-mobile-app");
        assertThat(push.received()).hasSize(before + 1);
        assertThat(push.last().token()).isEqualTo(app.pushToken);
        assertThat(push.last().data()).containsEntry("type", "approval").containsEntry("deviceId", app.deviceId);
        return push.last().data().get("requestId");
    }

    private String pcStatus() {
        return TestApp.json(browser.get("/cas/login/mobile-app/status")).get("status").asText();
    }

    @Test
    void the_pc_page_goes_on_once_the_app_approves_with_the_pin() {
        TestApp app = enrolledApp("push@example.eu");
        String requestId = pushSignIn(app);
        assertThat(browser.last().body()).contains("data-msg=\"app-request-waiting\"")
                .contains("data-status-url=\"/cas/login/mobile-app/status\"").contains("/cas/static/wait.js");
        assertThat(pcStatus()).isEqualTo("PENDING");

        HttpResponse<String> details = app.get("/cas/api/mobile/requests/" + requestId);
        assertThat(TestApp.json(details).get("account").asText()).isEqualTo("push@example.eu");
        HttpResponse<String> approved = app.approve(requestId, PIN);
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(pcStatus()).isEqualTo("APPROVED");

        browser.get("/cas/login/mobile-app/continue");
        assertThat(browser.page()).isEqualTo("login-success");
        browser.get("/cas/mobile");
        assertThat(browser.last().body()).contains("last used on");
    }

    @Test
    void the_status_asked_to_wait_while_pending_answers_once_the_app_approved() throws Exception {
        TestApp app = enrolledApp("long-poll@example.eu");
        String requestId = pushSignIn(app);
        CompletableFuture<HttpResponse<String>> waiting = browser.getLater("/cas/login/mobile-app/status?while=PENDING");
        assertThat(app.approve(requestId, PIN).statusCode()).isEqualTo(200);
        assertThat(TestApp.json(waiting.get(10, TimeUnit.SECONDS)).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void the_status_asked_to_wait_while_another_answers_at_once() {
        TestApp app = enrolledApp("no-wait@example.eu");
        pushSignIn(app);
        assertThat(TestApp.json(browser.get("/cas/login/mobile-app/status?while=APPROVED")).get("status").asText())
                .isEqualTo("PENDING");
    }

    @Test
    void stopping_the_idp_does_not_wait_for_a_page_still_waiting_for_the_app() throws Exception {
        TestApp app = enrolledApp("stop@example.eu");
        pushSignIn(app);
        CompletableFuture<HttpResponse<String>> waiting = browser.getLater("/cas/login/mobile-app/status?while=PENDING");
        await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getState() == Thread.State.TIMED_WAITING
                        && Arrays.stream(thread.getStackTrace()).anyMatch(f -> f.getMethodName().equals("awaitOther"))));
        // Well before the 25 s the page asked to wait: the stop does not wait for it.
        CompletableFuture.runAsync(idp::close).get(10, TimeUnit.SECONDS);
        // Answered, or its connection closed by the stop: the page's script asks again either way.
        await().atMost(Duration.ofSeconds(10)).until(waiting::isDone);
        idp = start(true);
    }

    @Test
    void a_waiting_page_shown_after_the_app_has_already_approved_goes_on_at_once() {
        TestApp app = enrolledApp("quick@example.eu");
        String requestId = pushSignIn(app);
        // The app answers while the browser is still on its way to the waiting page.
        assertThat(app.approve(requestId, PIN).statusCode()).isEqualTo(200);
        browser.get("/cas/login/mobile-app");
        assertThat(browser.page()).isEqualTo("login-success");
    }

    @Test
    void continue_while_the_request_is_pending_stays_and_says_so() {
        TestApp app = enrolledApp("wait@example.eu");
        pushSignIn(app);
        browser.get("/cas/login/mobile-app/continue");
        assertThat(browser.page()).isEqualTo("login-mobile-app");
        assertThat(browser.last().body()).contains("data-msg=\"app-request-pending\"");
    }

    @Test
    void a_wrong_pin_is_refused_and_five_in_a_row_lock_the_device_for_15_minutes() {
        TestApp app = enrolledApp("lock@example.eu");
        String requestId = pushSignIn(app);
        for (int left = 4; left >= 1; left--) {
            HttpResponse<String> wrong = app.approve(requestId, "0000");
            assertThat(wrong.statusCode()).isEqualTo(403);
            JsonNode body = TestApp.json(wrong);
            assertThat(body.get("error").asText()).isEqualTo("wrong-pin");
            assertThat(body.get("triesLeft").asInt()).isEqualTo(left);
            assertThat(pcStatus()).isEqualTo("PENDING");
        }
        HttpResponse<String> last = app.approve(requestId, "0000");
        assertThat(TestApp.json(last).get("error").asText()).isEqualTo("device-locked");
        assertThat(pcStatus()).isEqualTo("LOCKED");
        browser.get("/cas/login/mobile-app");
        assertThat(browser.last().body()).contains("data-msg=\"device-locked\"").doesNotContain("id=\"send-again\"");

        int pushes = push.received().size();
        browser = signIn(email, GOOD_PASSWORD, "PASSWORD_MOBILE_APP");
        assertThat(push.received()).as("no push to a locked device").hasSize(pushes);
        assertThat(pcStatus()).isEqualTo("LOCKED");

        clock.advance(Duration.ofMinutes(15));
        String afterLock = pushSignIn(app);
        assertThat(app.approve(afterLock, PIN).statusCode()).isEqualTo(200);
        assertThat(pcStatus()).isEqualTo("APPROVED");
    }

    @Test
    void the_right_pin_starts_the_count_of_wrong_ones_again() {
        TestApp app = enrolledApp("count@example.eu");
        for (int round = 0; round < 2; round++) {
            String requestId = pushSignIn(app);
            for (int i = 0; i < 4; i++) {
                assertThat(app.approve(requestId, "1111").statusCode()).isEqualTo(403);
            }
            assertThat(app.approve(requestId, PIN).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_replayed_answer_or_one_signed_by_another_key_approves_nothing() {
        TestApp app = enrolledApp("replay@example.eu");
        String first = pushSignIn(app);
        assertThat(app.approve(first, PIN).statusCode()).isEqualTo(200);
        Map<String, String> captured = app.lastAnswer;
        HttpResponse<String> again = app.post("/cas/api/mobile/requests/" + first, captured);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(TestApp.json(again).get("error").asText()).isEqualTo("not-pending");

        String second = pushSignIn(app);
        HttpResponse<String> replayed = app.post("/cas/api/mobile/requests/" + second, captured);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(replayed).get("error").asText()).isEqualTo("bad-signature");

        TestApp impostor = new TestApp();
        impostor.scanned("x?server=" + idp.baseUrl() + "&salt=AAAAAAAAAAAAAAAAAAAAAA&iterations=1000");
        impostor.deviceId = app.deviceId;
        HttpResponse<String> forged = impostor.approve(second, PIN);
        assertThat(TestApp.json(forged).get("error").asText()).isEqualTo("bad-signature");
        assertThat(pcStatus()).isEqualTo("PENDING");
    }

    @Test
    void a_refusal_in_the_app_stops_the_sign_in_and_a_new_notification_can_be_sent() {
        TestApp app = enrolledApp("refuse@example.eu");
        String requestId = pushSignIn(app);
        assertThat(TestApp.json(app.answer(requestId, "refuse", null)).get("status").asText()).isEqualTo("REFUSED");
        browser.get("/cas/login/mobile-app/continue");
        assertThat(browser.page()).isEqualTo("login-mobile-app");
        assertThat(browser.last().body()).contains("data-msg=\"app-request-refused\"").contains("id=\"send-again\"");

        browser.post("/cas/login/mobile-app", Map.of());
        String fresh = push.last().data().get("requestId");
        assertThat(fresh).isNotEqualTo(requestId);
        assertThat(pcStatus()).isEqualTo("PENDING");
    }

    @Test
    void an_unanswered_request_expires_after_two_minutes() {
        TestApp app = enrolledApp("late@example.eu");
        String requestId = pushSignIn(app);
        clock.advance(Duration.ofMinutes(2));
        assertThat(pcStatus()).isEqualTo("EXPIRED");
        assertThat(app.approve(requestId, PIN).statusCode()).isEqualTo(404);
        browser.get("/cas/login/mobile-app");
        assertThat(browser.last().body()).contains("data-msg=\"app-request-expired\"");
    }

    @Test
    void the_one_time_code_of_the_qr_code_signs_in_once() {
        TestApp app = enrolledApp("qr@example.eu");
        int pushes = push.received().size();
        browser = signIn(email, GOOD_PASSWORD, "PASSWORD_SOFTWARE_TOKEN");
        assertThat(browser.page()).isEqualTo("login-mobile-qr");
        assertThat(push.received()).as("the QR-code method needs no network on the phone").hasSize(pushes);
        String challenge = TestApp.scan(browser.last().body(), "qr-challenge");
        assertThat(challenge).startsWith("eulogin:otp?challenge=");

        browser.post("/cas/login/mobile-qr", Map.of("code", "12345678"));
        assertThat(browser.last().body()).contains("data-msg=\"one-time-code-wrong\" data-field=\"code\"");
        String code = app.oneTimeCode(challenge, PIN);
        assertThat(code).matches("[0-9]{8}");
        browser.post("/cas/login/mobile-qr", Map.of("code", code.substring(0, 4) + " " + code.substring(4)));
        assertThat(browser.page()).isEqualTo("login-success");
    }

    @Test
    void a_one_time_code_made_with_a_wrong_pin_is_refused_and_after_three_tries_a_new_qr_code_is_shown() {
        TestApp app = enrolledApp("qrpin@example.eu");
        browser = signIn(email, GOOD_PASSWORD, "PASSWORD_SOFTWARE_TOKEN");
        String challenge = TestApp.scan(browser.last().body(), "qr-challenge");
        for (int i = 0; i < 2; i++) {
            browser.post("/cas/login/mobile-qr", Map.of("code", app.oneTimeCode(challenge, "0000")));
            assertThat(browser.last().body()).contains("data-msg=\"one-time-code-wrong\"");
        }
        browser.post("/cas/login/mobile-qr", Map.of("code", app.oneTimeCode(challenge, "0000")));
        assertThat(browser.last().body()).contains("data-msg=\"one-time-code-no-more-tries\"");
        String renewed = TestApp.scan(browser.last().body(), "qr-challenge");
        assertThat(renewed).isNotEqualTo(challenge);
        browser.post("/cas/login/mobile-qr", Map.of("code", app.oneTimeCode(challenge, PIN)));
        assertThat(browser.page()).as("the old challenge's code").isEqualTo("login-mobile-qr");
        browser.post("/cas/login/mobile-qr", Map.of("code", app.oneTimeCode(renewed, PIN)));
        assertThat(browser.page()).isEqualTo("login-success");
    }

    @Test
    void new_qr_codes_give_no_new_guesses_five_wrong_codes_in_a_row_lock_the_device_for_fifteen_minutes() {
        TestApp app = enrolledApp("qrguess@example.eu");
        browser = signIn(email, GOOD_PASSWORD, "PASSWORD_SOFTWARE_TOKEN");
        for (int i = 0; i < 4; i++) {
            browser.post("/cas/login/mobile-qr", Map.of("renew", "yes"));
            String challenge = TestApp.scan(browser.last().body(), "qr-challenge");
            browser.post("/cas/login/mobile-qr", Map.of("code", app.oneTimeCode(challenge, "0000")));
            assertThat(browser.last().body()).contains("data-msg=\"one-time-code-wrong\"");
        }
        browser.post("/cas/login/mobile-qr", Map.of("renew", "yes"));
        browser.post("/cas/login/mobile-qr",
                Map.of("code", app.oneTimeCode(TestApp.scan(browser.last().body(), "qr-challenge"), "0000")));
        assertThat(browser.last().statusCode()).isEqualTo(403);
        assertThat(browser.last().body()).contains("data-msg=\"device-locked\"");

        String challenge = TestApp.scan(browser.last().body(), "qr-challenge");
        browser.post("/cas/login/mobile-qr", Map.of("code", app.oneTimeCode(challenge, PIN)));
        assertThat(browser.last().body()).as("even the right code, while locked").contains("data-msg=\"device-locked\"");
        clock.advance(Duration.ofMinutes(15));
        browser.post("/cas/login/mobile-qr", Map.of("renew", "yes"));
        browser.post("/cas/login/mobile-qr",
                Map.of("code", app.oneTimeCode(TestApp.scan(browser.last().body(), "qr-challenge"), PIN)));
        assertThat(browser.page()).isEqualTo("login-success");
    }

    @Test
    void a_right_one_time_code_starts_the_count_of_wrong_ones_again() {
        TestApp app = enrolledApp("qrcount@example.eu");
        for (int round = 0; round < 2; round++) {
            browser = signIn(email, GOOD_PASSWORD, "PASSWORD_SOFTWARE_TOKEN");
            String challenge = TestApp.scan(browser.last().body(), "qr-challenge");
            for (int i = 0; i < 2; i++) {
                browser.post("/cas/login/mobile-qr", Map.of("code", app.oneTimeCode(challenge, "0000")));
                assertThat(browser.last().body()).contains("data-msg=\"one-time-code-wrong\"");
            }
            browser.post("/cas/login/mobile-qr", Map.of("code", app.oneTimeCode(challenge, PIN)));
            assertThat(browser.page()).isEqualTo("login-success");
        }
    }

    @Test
    void a_qr_code_expires_after_three_minutes() {
        TestApp app = enrolledApp("qrlate@example.eu");
        browser = signIn(email, GOOD_PASSWORD, "PASSWORD_SOFTWARE_TOKEN");
        String challenge = TestApp.scan(browser.last().body(), "qr-challenge");
        clock.advance(Duration.ofMinutes(3));
        browser.post("/cas/login/mobile-qr", Map.of("code", app.oneTimeCode(challenge, PIN)));
        assertThat(browser.last().body()).contains("data-msg=\"qr-code-expired\"");
    }

    @Test
    void an_account_without_a_device_is_not_offered_the_app_and_the_steps_need_a_pending_sign_in() {
        registerAndActivate("nodevice@example.eu");
        TestBrowser pc = identify("nodevice@example.eu");
        assertThat(pc.last().body()).contains("value=\"PASSWORD\"").doesNotContain("value=\"PASSWORD_MOBILE_APP\"");
        pc.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_MOBILE_APP"));
        assertThat(pc.page()).isEqualTo("login-password");
        assertThat(pc.last().body()).contains("data-msg=\"method-unavailable\"");
        TestBrowser stranger = new TestBrowser(idp.baseUrl());
        stranger.get("/cas/login/mobile-app/status");
        assertThat(stranger.last().statusCode()).isEqualTo(404);
        stranger.get("/cas/login/mobile-qr");
        assertThat(stranger.page()).isEqualTo("login-identifier");
    }
}
