package lab.eulogin.idp.web;

import lab.eulogin.idp.http.Web;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The captcha shows only for a client that registered often lately (FAQ ACC-03). */
class RegistrationCaptchaTest extends IdpTestBase {

    private Map<String, String> form(String email) {
        return new HashMap<>(Map.of("firstName", "Ana", "lastName", "P", "email", email, "emailConfirm", email,
                "emailLanguage", "en", "privacy", "yes"));
    }

    private void registerAs(TestBrowser client, String email) {
        client.get("/cas/eim/external/register.cgi");
        client.post("/cas/eim/external/register.cgi", form(email));
        assertThat(client.page()).isEqualTo("register-mail-sent");
    }

    @Test
    void after_three_registrations_in_an_hour_the_fourth_needs_the_code_from_the_picture() {
        TestBrowser busy = new TestBrowser(idp.baseUrl());
        busy.setCookie(Web.LAB_CLIENT_COOKIE, "busy");
        for (int i = 1; i <= 3; i++) {
            registerAs(busy, "user" + i + "@example.eu");
        }
        busy.get("/cas/eim/external/register.cgi");
        assertThat(busy.last().body()).contains("id=\"captcha-image\"").contains("data:image/png;base64,");

        busy.post("/cas/eim/external/register.cgi", withCaptcha(form("user4@example.eu"), "WRONG1"));
        assertThat(busy.page()).isEqualTo("register");
        assertThat(busy.last().body()).contains("data-msg=\"captcha-wrong\" data-field=\"captcha\"")
                .contains("value=\"user4@example.eu\"");

        busy.post("/cas/eim/external/register.cgi", withCaptcha(form("user4@example.eu"), captchaShownTo("busy").toLowerCase()));
        assertThat(busy.page()).isEqualTo("register-mail-sent");
    }

    @Test
    void create_an_account_and_lost_your_password_open_side_by_side_each_take_the_code_of_their_own_picture() {
        TestBrowser busy = new TestBrowser(idp.baseUrl());
        busy.setCookie(Web.LAB_CLIENT_COOKIE, "tabs");
        for (int i = 1; i <= 3; i++) {
            registerAs(busy, "t" + i + "@example.eu");
        }
        busy.get("/cas/eim/external/register.cgi");
        String registerCode = captchaShownTo("tabs");
        busy.get(RESET_REQUEST);
        String resetCode = captchaShownTo("tabs");
        String csrf = busy.csrf();

        busy.post("/cas/eim/external/register.cgi", withCaptcha(form("t4@example.eu"), registerCode));
        assertThat(busy.page()).as("the older tab's picture still counts").isEqualTo("register-mail-sent");
        busy.post(RESET_REQUEST, Map.of("email", "t1@example.eu", "captcha", resetCode, "csrf", csrf));
        assertThat(busy.page()).isEqualTo("password-reset-sent");
    }

    @Test
    void the_two_arrows_draw_a_new_code_and_keep_what_was_typed() {
        TestBrowser busy = new TestBrowser(idp.baseUrl());
        busy.setCookie(Web.LAB_CLIENT_COOKIE, "arrows");
        for (int i = 1; i <= 3; i++) {
            registerAs(busy, "a" + i + "@example.eu");
        }
        busy.get("/cas/eim/external/register.cgi");
        String first = captchaShownTo("arrows");
        Map<String, String> typed = form("a4@example.eu");
        typed.put("newCaptcha", "yes");
        busy.post("/cas/eim/external/register.cgi", typed);
        assertThat(busy.last().body()).contains("value=\"a4@example.eu\"").doesNotContain("data-msg=");
        String second = captchaShownTo("arrows");
        assertThat(second).isNotEqualTo(first);
        busy.post("/cas/eim/external/register.cgi", withCaptcha(form("a4@example.eu"), first));
        assertThat(busy.page()).as("the old code no longer counts").isEqualTo("register");
    }

    @Test
    void enter_in_the_form_creates_the_account_rather_than_drawing_a_new_code() {
        TestBrowser busy = new TestBrowser(idp.baseUrl());
        busy.setCookie(Web.LAB_CLIENT_COOKIE, "enter");
        for (int i = 1; i <= 3; i++) {
            registerAs(busy, "e" + i + "@example.eu");
        }
        busy.get("/cas/eim/external/register.cgi");
        assertThat(firstSubmitButton(busy, "/cas/eim/external/register.cgi")).doesNotContain("name=")
                .doesNotContain("new-captcha");
    }

    @Test
    void other_clients_and_later_hours_see_no_captcha() {
        TestBrowser busy = new TestBrowser(idp.baseUrl());
        busy.setCookie(Web.LAB_CLIENT_COOKIE, "later");
        for (int i = 1; i <= 3; i++) {
            registerAs(busy, "b" + i + "@example.eu");
        }
        TestBrowser quiet = new TestBrowser(idp.baseUrl());
        quiet.setCookie(Web.LAB_CLIENT_COOKIE, "quiet");
        quiet.get("/cas/eim/external/register.cgi");
        assertThat(quiet.last().body()).doesNotContain("captcha-image");

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        busy.get("/cas/eim/external/register.cgi");
        assertThat(busy.last().body()).doesNotContain("captcha-image");
    }

    private static Map<String, String> withCaptcha(Map<String, String> form, String answer) {
        form.put("captcha", answer);
        return form;
    }
}
