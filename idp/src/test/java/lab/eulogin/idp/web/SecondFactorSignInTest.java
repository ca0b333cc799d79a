package lab.eulogin.idp.web;

import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Choose your verification method" and "Mobile Phone + SMS" (FAQ SIGN-13, SMS-03, SMS-07, SMS-08),
 * over HTTP with a service in front: the list, the SMS step, the strength the service is told.
 */
class SecondFactorSignInTest extends CasTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String NUMBER = "+32470123456";

    @BeforeEach
    void anaWithAPhone() {
        account(ANA, AccountKind.EXTERNAL);
        browser = signIn(ANA, GOOD_PASSWORD);
        browser.get("/cas/userdata/addMobilePhone.cgi");
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", NUMBER));
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(browser.page()).isEqualTo("mobile-phones");
        browser = new TestBrowser(idp.baseUrl());
        // Past the pause between two codes to one number.
        clock.advance(Duration.ofMinutes(1));
    }

    private void passwordStepAt(String service) {
        browser.get(loginUrl(service));
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        assertThat(browser.page()).isEqualTo("login-password");
    }

    @Test
    void the_list_holds_only_the_methods_the_account_has_and_the_service_accepts() {
        passwordStepAt(eures);
        assertThat(browser.last().body()).contains("<option value=\"PASSWORD_SMS\">Mobile Phone + SMS</option>")
                .doesNotContain("value=\"PASSWORD\"").doesNotContain("value=\"PASSWORD_MOBILE_APP\"");

        // My IntraComm stopped taking SMS on 30 June 2025 (the lab clock is later): the password only.
        passwordStepAt(myIntraComm);
        assertThat(browser.last().body()).contains("value=\"PASSWORD\"").doesNotContain("value=\"PASSWORD_SMS\"");
    }

    @Test
    void mobile_phone_and_sms_signs_in_with_the_challenge_and_the_service_is_told_so() {
        passwordStepAt(eures);
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        assertThat(browser.page()).isEqualTo("login-sms");
        assertThat(browser.last().body()).contains("data-msg=\"code-sent\"").contains("+32 470 12 34 56");

        browser.post("/cas/login/sms", Map.of("challenge", "AAA-AAA-AAA"));
        assertThat(browser.page()).isEqualTo("login-sms");
        assertThat(browser.last().body()).contains("data-msg=\"challenge-wrong\"");

        browser.post("/cas/login/sms", Map.of("challenge", sms.lastCodeTo(NUMBER)));
        String ticket = landedTicket(browser, eures);
        assertThat(validate("/cas/serviceValidate", eures, ticket))
                .contains("<cas:strength>PASSWORD_SMS</cas:strength>")
                .contains("<cas:mobilePhoneNumber>" + NUMBER + "</cas:mobilePhoneNumber>")
                .contains("<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>");
    }

    @Test
    void a_wrong_password_sends_no_sms() {
        passwordStepAt(eures);
        int before = sms.received().size();
        browser.post("/cas/login", Map.of("step", "password", "password", "Wrong-Password-1", "method", "PASSWORD_SMS"));
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(sms.received()).hasSize(before);
    }

    @Test
    void a_password_sign_in_is_asked_again_with_a_second_factor_where_one_is_needed() {
        signInAt(browser, myRemote, ANA);
        passwordStepAtWithSso(eures);
        assertThat(browser.last().body()).contains("value=\"PASSWORD_SMS\"").doesNotContain("value=\"PASSWORD\"");
    }

    private void passwordStepAtWithSso(String service) {
        browser.get(loginUrl(service));
        assertThat(browser.page()).as("the sign-in box again, the address kept").isEqualTo("login-password");
    }

    @Test
    void the_method_used_last_is_preselected_next_time() {
        passwordStepAt(eures);
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        browser.post("/cas/login/sms", Map.of("challenge", sms.lastCodeTo(NUMBER)));

        TestBrowser later = identify(ANA);
        String body = later.last().body();
        assertThat(body.indexOf("value=\"PASSWORD_SMS\"")).isPositive().isLessThan(body.indexOf("value=\"PASSWORD\""));
    }

    @Test
    void a_new_code_goes_only_to_a_registered_number_and_a_method_not_in_the_list_is_refused() {
        passwordStepAt(myIntraComm);
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        assertThat(browser.last().statusCode()).isEqualTo(400);
        assertThat(browser.last().body()).contains("data-msg=\"method-unavailable\"");

        passwordStepAt(eures);
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        browser.post("/cas/login/sms", Map.of("resend", "yes", "mobilePhone", "+33612345678"));
        assertThat(browser.last().statusCode()).isEqualTo(400);
        assertThat(browser.last().body()).contains("data-msg=\"phone-not-found\"");
    }
}
