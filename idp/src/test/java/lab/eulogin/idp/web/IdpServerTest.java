package lab.eulogin.idp.web;

import lab.eulogin.idp.IdpServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration, links and the first sign-in, over real HTTP. */
class IdpServerTest extends IdpTestBase {

    @Test
    void a_new_account_sets_its_password_through_the_mailed_link_and_then_signs_in() throws Exception {
        String link = register("ana@example.eu", "en");
        assertThat(mail.getReceivedMessages()[0].getSubject()).contains("verify your e-mail address");

        browser.get(link);
        assertThat(browser.page()).isEqualTo("new-password");
        browser.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, GOOD_PASSWORD, GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("password-set");
        assertThat(browser.last().body()).contains("data-msg=\"authenticated\"");

        TestBrowser other = new TestBrowser(idp.baseUrl());
        other.get("/cas/login");
        other.post("/cas/login", Map.of("step", "identifier", "username", " ANA@example.eu "));
        assertThat(other.page()).isEqualTo("login-password");
        other.post("/cas/login", Map.of("step", "password", "password", "wrong-Password-1"));
        assertThat(other.last().body()).contains("data-msg=\"password-incorrect\"")
                .as("one \"Lost your password?\" link").containsOnlyOnce("href=\"/cas/init/passwordResetRequest.cgi\"");
        other.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(other.page()).isEqualTo("login-success");
    }

    @Test
    void pages_are_never_stored_but_the_style_sheet_is_kept_for_an_hour() {
        assertThat(browser.get("/cas/login").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(browser.get("/cas/static/eulogin.css").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=3600").doesNotContain("no-store"));
    }

    @Test
    void the_mail_is_written_in_the_chosen_language() throws Exception {
        register("jean@example.fr", "fr");
        assertThat(mail.getReceivedMessages()[0].getSubject()).contains("vérifiez votre adresse");
    }

    @Test
    void the_link_is_refused_after_24_hours_and_after_use() {
        String link = register("late@example.eu", "en");
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        browser.get(link);
        assertThat(browser.page()).isEqualTo("new-password");
        clock.advance(Duration.ofMinutes(2));
        browser.get(link);
        assertThat(browser.page()).isEqualTo("link-invalid");
        assertThat(browser.last().body()).contains("data-msg=\"link-expired\"").contains("passwordResetRequest.cgi");
    }

    @Test
    void a_used_or_cut_off_link_says_so() {
        String link = register("twice@example.eu", "en");
        browser.get(link);
        browser.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, GOOD_PASSWORD, GOOD_PASSWORD));
        browser.get(link);
        assertThat(browser.last().body()).contains("data-msg=\"link-used\"");
        browser.get(link.substring(0, link.length() - 10));
        assertThat(browser.last().body()).contains("data-msg=\"link-incomplete\"");
    }

    @Test
    void a_weak_password_is_refused_with_the_rule_and_the_link_stays_usable() {
        String link = register("weak@example.eu", "en");
        browser.get(link);
        browser.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, "password", "password"));
        assertThat(browser.page()).isEqualTo("new-password");
        assertThat(browser.last().body()).contains("data-msg=\"password-too-weak\"").contains("at least 10 characters");
        browser.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, GOOD_PASSWORD, GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("password-set");
    }

    @Test
    void errors_stand_next_to_their_fields_and_what_was_typed_is_kept() {
        browser.get("/cas/eim/external/register.cgi");
        HttpResponse<String> page = browser.post("/cas/eim/external/register.cgi", Map.of(
                "firstName", "<b>Ana</b>", "lastName", "", "email", "ana@example.eu", "emailConfirm", "other@example.eu",
                "emailLanguage", "en"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("data-msg=\"first-name-invalid\" data-field=\"firstName\"")
                .contains("data-msg=\"last-name-required\" data-field=\"lastName\"")
                .contains("data-msg=\"email-mismatch\" data-field=\"emailConfirm\"")
                .contains("data-msg=\"privacy-required\" data-field=\"privacy\"")
                .contains("value=\"ana@example.eu\"")
                .contains("&lt;b&gt;Ana&lt;/b&gt;")
                .doesNotContain("<b>Ana</b>");
    }

    @Test
    void an_address_registered_twice_gets_the_already_registered_error() {
        register("dup@example.eu", "en");
        browser.get("/cas/eim/external/register.cgi");
        browser.post("/cas/eim/external/register.cgi", Map.of(
                "firstName", "Ana", "lastName", "P", "email", "DUP@example.eu", "emailConfirm", "dup@example.eu",
                "emailLanguage", "en", "privacy", "yes"));
        assertThat(browser.last().body()).contains("data-msg=\"email-already-registered\"");
        assertThat(browser.last().body()).as("the reset link right under the e-mail field's message")
                .containsPattern("data-field=\"email\">[^<]*</p>\\s*<p class=\"field-link\"><a id=\"reset-password\" "
                        + "href=\"/cas/init/passwordResetRequest.cgi\">");
    }

    @Test
    void a_form_without_the_csrf_token_is_refused_and_nothing_is_stored() {
        browser.get("/cas/eim/external/register.cgi");
        HttpResponse<String> page = browser.postRaw("/cas/eim/external/register.cgi", Map.of(
                "firstName", "Eve", "lastName", "X", "email", "eve@example.eu", "emailConfirm", "eve@example.eu",
                "emailLanguage", "en", "privacy", "yes", "csrf", "forged"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("data-msg=\"session-expired\"").contains("value=\"eve@example.eu\"");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() {
        HttpResponse<String> page = browser.get("/cas/login");
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Max-Age"));
    }

    @Test
    void an_unknown_address_at_next_says_there_is_no_account() {
        browser.get("/cas/login");
        browser.post("/cas/login", Map.of("step", "identifier", "username", "nobody@example.eu"));
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.last().body()).contains("data-msg=\"account-unknown\"");
    }

    @Test
    void bad_input_never_gives_a_server_error() {
        browser.get("/cas/login");
        assertThat(browser.post("/cas/login", Map.of("username", "x".repeat(10_000))).statusCode()).isLessThan(500);
        assertThat(browser.get("/cas/init/initialisePasswordLogin.cgi?resetCode=%00%ff").statusCode()).isLessThan(500);
        assertThat(browser.get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(browser.page()).isEqualTo("not-found");
        assertThat(browser.postRaw("/cas/login", Map.of()).statusCode()).isLessThan(500);
    }

    @Test
    void the_lab_clock_moves_forward_in_lab_mode_only() {
        HttpResponse<String> moved = browser.postRaw("/__lab/clock", Map.of("advance", "PT24H1M"));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("\"offset\":\"PT24H1M\"");
        assertThat(browser.postRaw("/__lab/clock", Map.of("advance", "tomorrow")).statusCode()).isEqualTo(400);
        assertThat(browser.postRaw("/__lab/clock", Map.of("advance", "-PT1H")).statusCode()).isEqualTo(400);

        try (IdpServer production = start(false)) {
            TestBrowser outsider = new TestBrowser(production.baseUrl());
            assertThat(outsider.get("/__lab/clock").statusCode()).isEqualTo(403);
            assertThat(outsider.postRaw("/__lab/clock", Map.of("advance", "PT1H")).statusCode()).isEqualTo(403);
            for (String accountsEndpoint : List.of("/__lab/accounts", "/__lab/accounts/devices", "/__lab/accounts/security-keys")) {
                assertThat(outsider.postRaw(accountsEndpoint, Map.of("email", "ana@example.eu")).statusCode())
                        .as(accountsEndpoint).isEqualTo(403);
            }
        }
    }

}
