package lab.eulogin.idp.web;

import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.clock.LabClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that stops taking "Mobile Phone + SMS" after a day, read on the lab clock (FAQ SMS-07):
 * the Commission's services after 30 June 2025, while EURES still takes it; and what the pages
 * then tell someone who used SMS, or has nothing the service takes (SMS-08).
 */
class SmsEndDateTest extends CasTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String NUMBER = "+32470123456";
    /** Noon on My Remote's last day of SMS. */
    private static final Instant LAST_DAY = Instant.parse("2025-06-30T12:00:00Z");

    @Override
    LabClock startingClock() {
        return new LabClock(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), LAST_DAY)));
    }

    private void anaWithAPhone() {
        account(ANA, AccountKind.RETIREE);
        TestBrowser signedIn = signIn(ANA, GOOD_PASSWORD);
        signedIn.get("/cas/userdata/addMobilePhone.cgi");
        signedIn.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", NUMBER));
        signedIn.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(signedIn.page()).isEqualTo("mobile-phones");
    }

    /** The sign-in box of a fresh browser sent by the service, at the password. */
    private String passwordStepAt(String service, String... more) {
        browser = new TestBrowser(idp.baseUrl());
        browser.get(loginUrl(service, more));
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        assertThat(browser.page()).isEqualTo("login-password");
        return browser.last().body();
    }

    @Test
    void sms_is_offered_until_the_last_day_on_the_lab_clock_and_refused_the_day_after() {
        anaWithAPhone();
        assertThat(passwordStepAt(myRemote)).contains("value=\"PASSWORD_SMS\"")
                .doesNotContain("data-msg=\"sms-no-longer-accepted\"");

        clock.advance(Duration.ofDays(1));
        assertThat(passwordStepAt(myRemote)).doesNotContain("value=\"PASSWORD_SMS\"")
                .contains("data-msg=\"sms-no-longer-accepted\"")
                .contains("Since 1 July 2025, My Remote no longer accepts &quot;Mobile Phone + SMS&quot;");
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        assertThat(browser.last().body()).contains("data-msg=\"method-unavailable\"");

        assertThat(passwordStepAt(eures)).contains("value=\"PASSWORD_SMS\"")
                .doesNotContain("data-msg=\"sms-no-longer-accepted\"");
    }

    @Test
    void a_single_sign_on_proved_by_sms_at_eures_does_not_open_my_remote_once_it_no_longer_takes_sms() {
        anaWithAPhone();
        clock.advance(Duration.ofDays(1));
        passwordStepAt(eures);
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        browser.post("/cas/login/sms", Map.of("challenge", sms.lastCodeTo(NUMBER)));
        landedTicket(browser, eures);

        browser.get(loginUrl(myRemote, "authenticationLevel=MEDIUM"));
        assertThat(browser.page()).as("no ticket from an SMS sign-in").isEqualTo("second-factor-required");
        assertThat(browser.last().body()).contains("data-msg=\"sms-no-longer-accepted\"")
                .doesNotContain("data-method=\"PASSWORD_SMS\"");
    }

    @Test
    void the_day_is_written_in_the_language_of_the_page() {
        anaWithAPhone();
        clock.advance(Duration.ofDays(1));
        passwordStepAt(myRemote);
        browser.get("/cas/login?lang=fr");
        assertThat(browser.last().body()).contains("Depuis le 1 juillet 2025, My Remote n&#39;accepte plus");
        browser.get("/cas/login?lang=de");
        assertThat(browser.last().body()).contains("Seit dem 1. Juli 2025 akzeptiert My Remote");
    }

    @Test
    void someone_who_never_registered_a_phone_is_not_told_about_sms() {
        account(ANA, AccountKind.RETIREE);
        clock.advance(Duration.ofDays(1));
        assertThat(passwordStepAt(myRemote)).doesNotContain("data-msg=\"sms-no-longer-accepted\"");
    }

    @Test
    void a_service_that_no_longer_takes_sms_offers_to_add_the_app_not_a_phone() {
        anaWithAPhone();
        clock.advance(Duration.ofDays(1));
        passwordStepAt(myRemote, "authenticationLevel=MEDIUM");
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("second-factor-required");
        assertThat(browser.last().body())
                .contains("data-msg=\"sms-no-longer-accepted\"")
                .contains("data-method=\"PASSWORD_MOBILE_APP\"").doesNotContain("data-method=\"PASSWORD_SMS\"")
                .contains("Install the EU Login app on your smartphone")
                .contains("id=\"mobile-devices\"").doesNotContain("id=\"mobile-phones\"");
    }

    @Test
    void eures_tells_an_account_with_neither_sms_nor_the_app_how_to_add_either() {
        account(ANA, AccountKind.EXTERNAL);
        passwordStepAt(eures);
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("second-factor-required");
        assertThat(browser.last().body())
                .contains("data-method=\"PASSWORD_SMS\"").contains("data-method=\"PASSWORD_MOBILE_APP\"")
                .contains("data-msg=\"second-factor-how\"")
                .contains("id=\"mobile-phones\"").contains("id=\"mobile-devices\"")
                .doesNotContain("data-msg=\"sms-no-longer-accepted\"");
    }
}
