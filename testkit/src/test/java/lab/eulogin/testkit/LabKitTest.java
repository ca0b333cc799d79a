package lab.eulogin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.util.Map;

import lab.eulogin.mail.client.MailMessage;
import lab.eulogin.mail.client.SmtpFault;
import lab.eulogin.sms.client.Fault;
import lab.eulogin.sms.client.PhoneState;
import org.junit.jupiter.api.Test;

/** The kit against a real lab, started by the declarative extension with the lab's own registry. */
@EuLoginLabTest
class LabKitTest {

    @Test
    void an_account_made_by_the_kit_signs_in_on_eu_login(LabKit kit, LabRuntimeInfo lab, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().kind(AccountKind.RETIREE).create();

        browser.open(lab.casLoginUrl());
        kit.signIn(browser, ana);

        assertThat(browser.page()).isEqualTo("login-success");
    }

    @Test
    void without_services_the_lab_uses_its_own_registry_not_the_services_yaml_at_the_root_of_the_test_class_path(
            LabKit kit, HttpBrowser browser) {
        assertThat(LabKitTest.class.getClassLoader().getResource("services.yaml")).as("this module's test resource")
                .isNotNull();

        browser.open(kit.info().casLoginUrl() + "?service=http://127.0.0.1:1/eures/");

        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.body()).as("a demo service of the lab's registry").contains("EURES portal");
    }

    @Test
    void a_browser_opens_an_address_given_as_a_uri_such_as_an_oidc_callbacks(LabRuntimeInfo lab, HttpBrowser browser) {
        browser.open(URI.create(lab.casLoginUrl()));

        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.address()).isEqualTo(URI.create(lab.casLoginUrl()));
    }

    @Test
    void an_old_password_must_be_changed_and_a_locked_account_is_refused(LabKit kit, HttpBrowser browser) {
        TestAccount maria = kit.newAccount().kind(AccountKind.RETIREE).passwordAge(Period.ofMonths(7)).create();
        kit.signIn(browser.open(kit.info().casLoginUrl()), maria);
        assertThat(browser.page()).isEqualTo("password-expired");

        TestAccount jan = kit.newAccount().locked().create();
        HttpBrowser other = kit.signIn(kit.browser().open(kit.info().casLoginUrl()), jan);
        assertThat(other.page()).isEqualTo("login-password");
        assertThat(other.body()).contains("data-msg=\"account-locked\"");
    }

    @Test
    void the_sms_code_comes_to_the_registered_phone(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().mobilePhone("+32 470 12 34 56").create();
        assertThat(ana.mobilePhone()).isEqualTo("+32470123456");

        kit.signInWithSms(browser.open(kit.info().casLoginUrl()), ana);

        assertThat(browser.page()).isEqualTo("login-success");
        assertThat(kit.phone(ana.mobilePhone()).inbox()).hasSize(1);
    }

    @Test
    void a_phone_in_airplane_mode_gets_nothing_and_the_wait_says_what_was_there(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().mobilePhone("+32470000111").create();
        VirtualPhone phone = kit.phone(ana.mobilePhone());
        phone.setState(PhoneState.defaults().withAirplaneMode(true));
        LabKit impatient = kit.withTimeout(Duration.ofMillis(300));

        assertThatThrownBy(() -> impatient.signInWithSms(browser.open(kit.info().casLoginUrl()), ana))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No new SMS on +32470000111").hasMessageContaining("unreachable");
    }

    @Test
    void the_app_approves_a_push_and_reads_a_qr_code(LabKit kit) {
        TestAccount ana = kit.newAccount().create();
        VirtualPhone phone = kit.phone("+32470000222");
        phone.enrolApp(ana, "My phone", "1234");

        HttpBrowser push = kit.signInWithApp(kit.browser().open(kit.info().casLoginUrl()), ana, phone, "1234");
        assertThat(push.page()).isEqualTo("login-success");

        HttpBrowser qr = kit.signInWithQrCode(kit.browser().open(kit.info().casLoginUrl()), ana, phone, "1234");
        assertThat(qr.page()).isEqualTo("login-success");
    }

    @Test
    void a_password_reset_link_expires_after_24_hours_of_the_lab_clock(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().create();
        kit.askForNewPassword(browser, ana.email()).assertPage("password-reset-sent");

        MailMessage mail = kit.mailbox(ana.email()).next();
        kit.advanceClock(Duration.ofHours(24).plusMinutes(1));
        browser.open(mail.link("/cas/"));

        assertThat(browser.page()).isEqualTo("link-invalid");
        assertThat(browser.body()).contains("data-msg=\"link-expired\"");
    }

    @Test
    void waiting_for_mail_that_never_comes_says_where_the_lab_did_send_mail(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().create();
        kit.askForNewPassword(browser, ana.email());
        kit.mailbox(ana.email()).next();
        kit.askForNewPassword(kit.browser(), "nobody@example.eu");

        LabKit impatient = kit.withTimeout(Duration.ofMillis(200));   // its mailboxes are its own: ana's unread
        impatient.mailbox(ana.email()).next();
        assertThatThrownBy(() -> impatient.mailbox("nobody@example.eu").next())
                .hasMessageContaining("its mailbox is empty")
                .hasMessageContaining("was the account made first?")
                .hasMessageContaining("Mail came to [" + ana.email() + "]");
        assertThatThrownBy(() -> impatient.mailbox(ana.email()).next())
                .hasMessageContaining("holds only mail handed out already");
    }

    @Test
    void an_account_made_with_the_options_of_configure_my_account_signs_in_as_they_say_until_the_kit_changes_them(
            LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().mobilePhone("+32470000333").alwaysMultiFactor().detailsAfterSignIn()
                .emailNotifications(false).create();
        assertThat(kit.accounts().configure(ana.email(), Map.of())).as("the options as made")
                .isEqualTo(new AccountSettings(false, false, true, true));

        HttpBrowser passwordAlone = kit.signIn(kit.browser().open(kit.info().casLoginUrl()), ana);
        assertThat(passwordAlone.body()).as("multi-factor always: the password alone is refused")
                .contains("data-msg=\"method-unavailable\"");
        kit.signInWithSms(browser.open(kit.info().casLoginUrl()), ana);
        assertThat(browser.page()).as("the details after signing in").isEqualTo("account-details");

        assertThat(kit.configureAccount(ana, AccountSettings.defaults())).isEqualTo(AccountSettings.defaults());
        assertThat(kit.signIn(kit.browser().open(kit.info().casLoginUrl()), ana).page()).isEqualTo("login-success");
    }

    @Test
    void warned_each_time_an_application_asks_for_the_identity_the_kit_continues_or_cancels(LabKit kit) {
        TestAccount ana = kit.newAccount().mobilePhone("+32470000444").warnWhenIdentityAsked().create();
        String eures = "http://127.0.0.1:1/eures/";
        HttpBrowser browser = kit.browser().notFollowingRedirectsTo(eures);
        kit.signInWithSms(browser.open(kit.info().casLoginUrl()), ana);   // EURES asks for a second factor

        browser.open(kit.info().casLoginUrl() + "?service=" + eures);
        kit.refuseIdentityRequest(browser);
        assertThat(browser.page()).isEqualTo("identity-request-cancelled");
        assertThat(browser.redirectNotFollowed()).as("EURES is told nothing").isEmpty();

        browser.open(kit.info().casLoginUrl() + "?service=" + eures);
        kit.letApplicationKnowWhoIAm(browser);
        assertThat(browser.redirectNotFollowed()).hasValueSatisfying(
                back -> assertThat(back.toString()).startsWith(eures + "?ticket=ST-"));
    }

    @Test
    void faults_are_switched_on_and_off(LabKit kit) {
        kit.smsFault(Fault.serverError(503));
        kit.mailFault(SmtpFault.temporary());
        assertThat(kit.smsApi().faults()).hasSize(1);

        kit.clearFaults();

        assertThat(kit.smsApi().faults()).isEmpty();
        assertThat(kit.mailApi().fault().kind()).isEqualTo(SmtpFault.Kind.NONE);
    }
}
