package org.example.casapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lab.eulogin.testkit.EuLoginLabTest;
import lab.eulogin.testkit.HttpBrowser;
import lab.eulogin.testkit.LabKit;
import lab.eulogin.testkit.LabRuntimeInfo;
import lab.eulogin.testkit.TestAccount;
import lab.eulogin.testkit.VirtualPhone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's own sign-in tests, as a team writes them: EU Login Lab started by the
 * extension with the application's service registry, the application pointed at it, and the kit
 * for everything a person would do on EU Login, a phone or a mailbox. The lab is reset before each
 * test, so every test may use the same address.
 */
@EuLoginLabTest(services = "src/test/resources/services.yaml")
class CasAppSignInTest {
    private static final String ANA = "ana.grants@example.eu";
    private static final String PIN = "2468";
    private static CasApp app;

    @BeforeAll
    static void startTheApplication(LabRuntimeInfo lab) {
        app = CasApp.start(new CasAppConfig("127.0.0.1", 0, lab.casServerUrlPrefix()));
    }

    @AfterAll
    static void stopTheApplication() {
        app.close();
    }

    @Test
    void the_portal_sends_the_browser_to_eu_login_and_opens_with_the_password(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).name("Ana", "Lopes").create();

        browser.open(app.url("/portal/"));
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.body()).as("EU Login names the application asking").contains("Grants portal");

        kit.signIn(browser, ana);

        assertThat(browser.page()).isEqualTo("signed-in");
        assertThat(attribute(browser, "user")).isNotBlank();
        assertThat(attribute(browser, "email")).isEqualTo(ANA);
        assertThat(attribute(browser, "authenticationLevel")).isEqualTo("BASIC");
    }

    @Test
    void the_payments_need_a_second_factor_and_take_the_sms_code(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).mobilePhone("+32470123456").create();

        browser.open(app.url("/payments/"));
        kit.signIn(browser, ana);
        assertThat(browser.page()).as("the password alone is not enough").isEqualTo("login-password");
        assertThat(browser.body()).contains("data-msg=\"method-unavailable\"");

        kit.signInWithSms(browser, ana);

        assertThat(browser.page()).isEqualTo("signed-in");
        assertThat(attribute(browser, "authenticationLevel")).isEqualTo("MEDIUM");
        assertThat(attribute(browser, "strengths")).contains("PASSWORD_SMS");
    }

    @Test
    void the_payments_open_when_the_eu_login_app_approves_the_push(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).create();
        VirtualPhone phone = kit.phone("+32470654321");
        phone.enrolApp(ana, "Ana's phone", PIN);

        kit.signInWithApp(browser.open(app.url("/payments/")), ana, phone, PIN);

        assertThat(browser.page()).isEqualTo("signed-in");
        assertThat(attribute(browser, "strengths")).contains("PASSWORD_MOBILE_APP");
    }

    @Test
    void the_payments_open_with_the_one_time_code_of_the_apps_qr_code(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).create();
        VirtualPhone phone = kit.phone("+32470654321");
        phone.enrolApp(ana, "Ana's phone", PIN);

        kit.signInWithQrCode(browser.open(app.url("/payments/")), ana, phone, PIN);

        assertThat(browser.page()).isEqualTo("signed-in");
        assertThat(attribute(browser, "strengths")).contains("PASSWORD_SOFTWARE_TOKEN");
    }

    @Test
    void a_password_link_older_than_24_hours_is_refused_and_a_new_one_leads_back_to_the_portal(LabKit kit,
                                                                                                HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).create();
        browser.open(app.url("/portal/"));
        browser.submit("/cas/login", Map.of("step", "identifier", "username", ANA));
        kit.askForNewPassword(browser, ANA).assertPage("password-reset-sent");
        String oldLink = kit.mailbox(ANA).nextLink("/cas/");

        kit.advanceClock(Duration.ofHours(24).plusMinutes(1));
        browser.open(oldLink);
        assertThat(browser.page()).isEqualTo("link-invalid");
        assertThat(browser.body()).contains("data-msg=\"link-expired\"");

        kit.askForNewPassword(browser, ANA).assertPage("password-reset-sent");
        browser.open(kit.mailbox(ANA).nextLink("/cas/"));
        browser.submit("/cas/init/initialisePasswordLogin.cgi",
                Map.of("password", "New-Grants-Pass-7", "passwordConfirm", "New-Grants-Pass-7"));
        assertThat(browser.page()).isEqualTo("password-set");

        HttpBrowser later = kit.browser().open(app.url("/portal/"));
        kit.signIn(later, new TestAccount(ana.email(), "New-Grants-Pass-7", ana.firstName(), ana.lastName(),
                ana.kind(), null));
        assertThat(later.page()).isEqualTo("signed-in");
    }

    /** What the application shows it received from EU Login. */
    private static String attribute(HttpBrowser browser, String name) {
        Matcher value = Pattern.compile("data-attribute=\"" + Pattern.quote(name) + "\">([^<]*)<").matcher(browser.body());
        return value.find() ? value.group(1) : null;
    }
}
