package lab.eulogin.idp.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** "Manage my mobile phone numbers" (FAQ SMS-02, SMS-04, SMS-05), over real HTTP. */
class MobilePhonesTest extends IdpTestBase {
    private static final String NUMBER = "+32470123456";

    private void addNumber(String typed) {
        browser.get("/cas/userdata/addMobilePhone.cgi");
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", typed));
    }

    @Test
    void a_number_is_added_once_the_code_sent_to_it_is_typed() {
        registerAndActivate("phone@example.eu");
        addNumber("+32 470 12 34 56");
        assertThat(browser.page()).isEqualTo("add-mobile-phone-challenge");
        assertThat(sms.received()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(NUMBER);
            assertThat(m.from()).isEqualTo("EU Login");
        });
        String code = sms.lastCodeTo(NUMBER);
        assertThat(code).matches("[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}");

        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", code.toLowerCase()));
        assertThat(browser.page()).isEqualTo("mobile-phones");
        assertThat(browser.last().body()).contains("data-phone=\"+32470123456\"").contains("data-msg=\"account-updated\"");
    }

    @Test
    void my_account_details_list_mobile_phone_and_sms_once_a_number_is_added() {
        registerAndActivate("details@example.eu");
        browser.get("/cas/userdata/accountDetails.cgi");
        assertThat(methodsShown()).containsExactly("PASSWORD");
        addNumber(NUMBER);
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        browser.get("/cas/userdata/accountDetails.cgi");
        assertThat(methodsShown()).containsExactly("PASSWORD", "PASSWORD_SMS");
        assertThat(browser.last().body()).contains("<li data-method=\"PASSWORD_SMS\">Mobile Phone + SMS</li>");
    }

    /** The verification methods "My account details" lists, in order. */
    private List<String> methodsShown() {
        return Pattern.compile("data-method=\"([A-Z_]+)\"").matcher(browser.last().body()).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void a_wrong_code_is_refused_and_after_three_a_new_one_is_needed() {
        registerAndActivate("wrong@example.eu");
        addNumber(NUMBER);
        for (int i = 0; i < 2; i++) {
            browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", "AAA-AAA-AAA"));
            assertThat(browser.last().body()).contains("data-msg=\"challenge-wrong\"");
        }
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", "AAA-AAA-AAA"));
        assertThat(browser.last().body()).contains("data-msg=\"challenge-no-more-tries\"");
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(browser.last().body()).contains("data-msg=\"challenge-no-more-tries\"");
    }

    @Test
    void a_code_expires_after_10_minutes_and_a_new_one_can_be_asked_for() {
        registerAndActivate("late@example.eu");
        addNumber(NUMBER);
        String first = sms.lastCodeTo(NUMBER);
        clock.advance(Duration.ofMinutes(10));
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", first));
        assertThat(browser.last().body()).contains("data-msg=\"challenge-expired\"");
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "resend", "yes"));
        assertThat(sms.received()).hasSize(2);
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(browser.page()).isEqualTo("mobile-phones");
    }

    @Test
    void no_one_can_flood_a_phone_with_codes() {
        registerAndActivate("flood@example.eu");
        addNumber(NUMBER);
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "resend", "yes"));
        assertThat(browser.last().body()).contains("data-msg=\"sms-too-soon\"");
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(31));
            browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "resend", "yes"));
        }
        clock.advance(Duration.ofSeconds(31));
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "resend", "yes"));
        assertThat(browser.last().body()).contains("data-msg=\"sms-too-many\"");
        assertThat(sms.received()).hasSize(5);
    }

    @Test
    void a_sign_in_code_may_follow_at_once_the_code_that_added_the_number_but_not_a_second_sign_in_code() {
        registerAndActivate("next@example.eu");
        addNumber(NUMBER);
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(browser.page()).isEqualTo("mobile-phones");

        TestBrowser signingIn = signIn("next@example.eu", GOOD_PASSWORD, "PASSWORD_SMS");
        assertThat(signingIn.page()).isEqualTo("login-sms");
        assertThat(signingIn.last().body()).contains("data-msg=\"code-sent\"");
        assertThat(sms.received()).hasSize(2);

        signingIn.post("/cas/login/sms", Map.of("resend", "yes", "mobilePhone", NUMBER));
        assertThat(signingIn.last().body()).contains("data-msg=\"sms-too-soon\"");
        assertThat(sms.received()).hasSize(2);
    }

    @Test
    void the_sms_sign_in_asks_for_the_registered_number_without_dots_or_hyphens() {
        registerAndActivate("typed@example.eu");
        addNumber(NUMBER);
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));

        TestBrowser signingIn = signIn("typed@example.eu", GOOD_PASSWORD, "PASSWORD_SMS");
        assertThat(signingIn.last().body()).contains("id=\"mobilePhone-hint\"")
                .contains("Do not include dots, parentheses or hyphens.");
        String dotted = NUMBER.substring(0, 3) + "." + NUMBER.substring(3);
        signingIn.post("/cas/login/sms", Map.of("resend", "yes", "mobilePhone", dotted));
        assertThat(signingIn.last().statusCode()).isEqualTo(400);
        assertThat(signingIn.last().body()).contains("data-msg=\"phone-punctuation\"").contains("value=\"" + dotted + "\"");
        signingIn.post("/cas/login/sms", Map.of("resend", "yes", "mobilePhone", "+32 470 99 88 77"));
        assertThat(signingIn.last().body()).contains("data-msg=\"phone-not-found\"");
    }

    @Test
    void the_number_rule_is_explained_and_what_was_typed_is_kept() {
        registerAndActivate("rule@example.eu");
        addNumber("+32 (0)470.12.34.56");
        assertThat(browser.page()).isEqualTo("add-mobile-phone");
        assertThat(browser.last().body()).contains("data-msg=\"phone-punctuation\" data-field=\"mobilePhone\"")
                .contains("value=\"+32 (0)470.12.34.56\"");
        assertThat(sms.received()).isEmpty();
    }

    @Test
    void a_failing_gateway_gives_a_clear_message_and_keeps_the_number() {
        registerAndActivate("down@example.eu");
        sms.failWith(503);
        addNumber("+32 470 12 34 56");
        assertThat(browser.page()).isEqualTo("add-mobile-phone");
        assertThat(browser.last().body()).contains("data-msg=\"sms-gateway-failed\"").contains("value=\"+32 470 12 34 56\"");
        sms.failWith(201);
        addNumber("+32 470 12 34 56");
        assertThat(browser.page()).isEqualTo("add-mobile-phone-challenge");
    }

    @Test
    void a_changed_number_is_deleted_and_the_new_one_added() {
        registerAndActivate("swap@example.eu");
        addNumber(NUMBER);
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(browser.last().body()).contains("href=\"/cas/userdata/deleteMobilePhone.cgi\"");
        browser.get("/cas/userdata/deleteMobilePhone.cgi");
        assertThat(browser.page()).isEqualTo("delete-mobile-phone");
        String id = browser.last().body().replaceAll("(?s).*name=\"phone\" value=\"(\\d+)\".*", "$1");
        String csrf = browser.csrf();
        browser.post("/cas/userdata/deleteMobilePhone.cgi", Map.of());
        assertThat(browser.last().body()).contains("data-msg=\"phone-choose\"");
        browser.post("/cas/userdata/deleteMobilePhone.cgi", Map.of("phone", id));
        assertThat(browser.page()).isEqualTo("mobile-phones");
        assertThat(browser.last().body()).doesNotContain("data-phone=\"+32470123456\"").contains("data-msg=\"no-phones\"")
                .doesNotContain("deleteMobilePhone.cgi");
        browser.post("/cas/userdata/deleteMobilePhone.cgi", Map.of("phone", "not-a-number", "csrf", csrf));
        assertThat(browser.last().statusCode()).isEqualTo(400);
    }
}
