package lab.eulogin.sms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.eulogin.sms.RawHttp;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.PhoneState;
import lab.eulogin.sms.client.SentMessage;
import lab.eulogin.sms.client.SmsApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PhonesPageTest {
    private static final String ACCOUNT = "AC00000000000000000000000000000006";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static SmsEmulator emulator;
    private static SmsApiClient client;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(), Clock.systemUTC());
        client = new SmsApiClient(emulator.baseUrl());
        http = new RawHttp(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void the_page_draws_each_phone_with_its_inbox_and_an_apps_area() {
        SentMessage sent = client.send(ACCOUNT, "t", "+32470000601", "EULogin", "Your code: ABC-DEF-GHI");

        HttpResponse<String> page = http.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("data-page=\"phones\"")
                .contains("data-phone=\"+32470000601\"")
                .containsPattern("data-sms-id=\"\\d+\"")
                .contains("Your code: ABC-DEF-GHI")
                .contains("data-apps")
                .contains("<label for=\"new-number\">");
        assertThat(client.messages("+32470000601")).extracting(sms -> sms.sid()).containsExactly(sent.sid());
    }

    @Test
    void message_text_is_escaped_on_the_page() {
        client.send(ACCOUNT, "t", "+32470000602", "EULogin", "<script>alert('x')</script>");

        assertThat(http.get("/").body())
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert");
    }

    @Test
    void the_add_phone_form_creates_a_phone_and_says_so() {
        HttpResponse<String> response = http.form("/phones", Map.of("csrf", csrf(), "number", "+32 470 00 06 03"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/?msg=phone-added#phone-32470000603");
        assertThat(client.phone("+32470000603").power()).isEqualTo("on");
        assertThat(http.get("/?msg=phone-added").body()).contains("data-msg=\"phone-added\"");
    }

    @Test
    void a_form_without_the_csrf_token_changes_nothing() {
        client.createPhone("+32470000604");

        HttpResponse<String> response = http.form("/phones/32470000604/state", Map.of("airplaneMode", "true"));

        assertThat(response.headers().firstValue("Location")).hasValue("/?msg=form-expired");
        assertThat(client.phone("+32470000604").airplaneMode()).isFalse();
    }

    @Test
    void the_toggle_forms_change_the_phone_state() {
        client.createPhone("+32470000605");
        String token = csrf();

        http.form("/phones/32470000605/state", Map.of("csrf", token, "airplaneMode", "true"));
        http.form("/phones/32470000605/state", Map.of("csrf", token, "doNotDisturb", "true"));
        http.form("/phones/32470000605/state", Map.of("csrf", token, "blockedSenders", "+15005550006, Spammer"));

        assertThat(client.phone("+32470000605").state()).isEqualTo(PhoneState.defaults()
                .withAirplaneMode(true).withDoNotDisturb(true).withBlockedSenders("+15005550006", "Spammer"));
        assertThat(http.get("/").body()).contains("data-indicator=\"airplane-mode\"");
    }

    @Test
    void an_invalid_number_in_the_add_form_is_refused_with_a_message() {
        HttpResponse<String> response = http.form("/phones", Map.of("csrf", csrf(), "number", "call me"));

        assertThat(response.headers().firstValue("Location")).hasValue("/?msg=invalid-number");
        assertThat(http.get("/?msg=invalid-number").body()).contains("data-msg=\"invalid-number\"");
    }

    @Test
    void the_clear_form_empties_the_inbox() {
        client.send(ACCOUNT, "t", "+32470000606", "EULogin", "soon gone");

        http.form("/phones/32470000606/clear", Map.of("csrf", csrf()));

        assertThat(client.messages("+32470000606")).isEmpty();
    }

    @Test
    void the_page_script_and_style_are_served() {
        assertThat(http.get("/assets/phones.js").body()).contains("/api/version");
        assertThat(http.get("/assets/phones.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(http.get("/assets/other.js").statusCode()).isEqualTo(404);
    }

    @Test
    void the_page_is_never_stored_but_its_script_and_style_are_kept_an_hour() {
        assertThat(http.get("/").headers().firstValue("Cache-Control")).hasValue("no-store");
        for (String asset : new String[] {"/assets/phones.js", "/assets/phones.css"}) {
            assertThat(http.get(asset).headers().firstValue("Cache-Control")).as(asset).hasValue("public, max-age=3600");
        }
    }

    private static String csrf() {
        Matcher matcher = CSRF.matcher(http.get("/").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
