package lab.eulogin.idp.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.internet.MimeMessage;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in rules and My Account (issue 3), over real HTTP. */
class AccountLifecycleTest extends IdpTestBase {

    private Account staff(String email, Period passwordAge) {
        return idp.accountAdmin().createActive(
                new NewAccount(email, "Jean", "Dupont", Locale.FRENCH, AccountKind.STAFF), GOOD_PASSWORD,
                clock.instant().atZone(ZoneOffset.UTC).minus(passwordAge).toInstant());
    }

    @Test
    void five_wrong_passwords_in_a_row_lock_the_account_for_15_minutes() {
        registerAndActivate("lock@example.eu");
        TestBrowser other = new TestBrowser(idp.baseUrl());
        other.get("/cas/login");
        other.post("/cas/login", Map.of("step", "identifier", "username", "lock@example.eu"));
        for (int i = 0; i < 4; i++) {
            other.post("/cas/login", Map.of("step", "password", "password", "Wrong-password-" + i));
            assertThat(other.last().body()).contains("data-msg=\"password-incorrect\"");
        }
        other.post("/cas/login", Map.of("step", "password", "password", "Wrong-password-5"));
        assertThat(other.last().body()).contains("data-msg=\"account-locked\"").contains("UTC");

        TestBrowser owner = identify("lock@example.eu");
        assertThat(owner.last().body()).contains("data-msg=\"account-locked\"").contains("id=\"password\"");
        owner.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(owner.page()).as("the right password while locked").isEqualTo("login-password");
        assertThat(owner.last().body()).contains("data-msg=\"account-locked\"").doesNotContain("password-incorrect");
        askForNewPassword(browser, "lock@example.eu");
        assertThat(browser.last().body()).contains("data-msg=\"account-locked-no-reset\"");

        clock.advance(Duration.ofMinutes(14));
        assertThat(identify("lock@example.eu").last().body()).contains("data-msg=\"account-locked\"");
        clock.advance(Duration.ofMinutes(2));
        assertThat(signIn("lock@example.eu", GOOD_PASSWORD).page()).isEqualTo("login-success");
    }

    @Test
    void a_good_password_resets_the_count_of_wrong_ones() {
        registerAndActivate("count@example.eu");
        for (int round = 0; round < 2; round++) {
            TestBrowser other = new TestBrowser(idp.baseUrl());
            other.get("/cas/login");
            other.post("/cas/login", Map.of("step", "identifier", "username", "count@example.eu"));
            for (int i = 0; i < 4; i++) {
                other.post("/cas/login", Map.of("step", "password", "password", "Wrong-password-" + i));
            }
            other.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
            assertThat(other.page()).isEqualTo("login-success");
        }
    }

    @Test
    void the_helpdesk_can_unlock_a_locked_account() {
        Account account = staff("helpdesk@example.eu", Period.ZERO);
        idp.accountAdmin().lock(account);
        assertThat(identify("helpdesk@example.eu").last().body()).contains("data-msg=\"account-locked\"");
        assertThat(browser.postRaw("/__lab/accounts/unlock", Map.of("email", "helpdesk@example.eu")).statusCode())
                .isEqualTo(200);
        assertThat(signIn("helpdesk@example.eu", GOOD_PASSWORD).page()).isEqualTo("login-success");
        assertThat(browser.postRaw("/__lab/accounts/unlock", Map.of("email", "nobody@example.eu")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_lab_starts_a_device_enrolment_as_the_pc_form_does_and_the_app_enrols_from_its_qr_code() {
        registerAndActivate("device@example.eu");
        HttpResponse<byte[]> qrCode = browser.postForPicture("/__lab/accounts/devices",
                Map.of("email", "device@example.eu", "deviceName", "Lab phone", "pin", "2580"));
        assertThat(qrCode.statusCode()).isEqualTo(201);
        assertThat(qrCode.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new TestApp().enrol(TestApp.scan(qrCode.body()), "2580").statusCode()).isEqualTo(201);

        browser.get("/cas/mobile");
        assertThat(browser.last().body()).contains("Lab phone");
        assertThat(browser.postForPicture("/__lab/accounts/devices",
                Map.of("email", "device@example.eu", "deviceName", "Lab phone", "pin", "2580")).statusCode())
                .as("a name already taken, as the form says").isEqualTo(400);
        assertThat(browser.postForPicture("/__lab/accounts/devices",
                Map.of("email", "device@example.eu", "deviceName", "Other", "pin", "12")).statusCode()).isEqualTo(400);
        assertThat(browser.postForPicture("/__lab/accounts/devices",
                Map.of("email", "nobody@example.eu", "deviceName", "Other", "pin", "2580")).statusCode()).isEqualTo(404);
    }

    @Test
    void the_lab_makes_accounts_of_every_kind_and_state_for_tests() {
        assertThat(browser.postRaw("/__lab/accounts", Map.of("email", "Retiree@Example.eu", "password", GOOD_PASSWORD,
                "kind", "RETIREE", "passwordAge", "P7M")).statusCode()).isEqualTo(201);
        assertThat(signIn("retiree@example.eu", GOOD_PASSWORD).page()).isEqualTo("password-expired");

        assertThat(browser.postRaw("/__lab/accounts", Map.of("email", "locked@example.eu", "password", GOOD_PASSWORD,
                "locked", "true")).statusCode()).isEqualTo(201);
        assertThat(identify("locked@example.eu").last().body()).contains("data-msg=\"account-locked\"");

        assertThat(browser.postRaw("/__lab/accounts", Map.of("email", "retiree@example.eu", "password", GOOD_PASSWORD))
                .statusCode()).isEqualTo(409);
        assertThat(browser.postRaw("/__lab/accounts", Map.of("email", "weak@example.eu", "password", "weak"))
                .statusCode()).isEqualTo(400);
        assertThat(browser.postRaw("/__lab/accounts", Map.of("email", "kind@example.eu", "password", GOOD_PASSWORD,
                "kind", "ALIEN")).statusCode()).isEqualTo(400);
        assertThat(idp.accountAdmin().find("weak@example.eu")).isEmpty();
    }

    @Test
    void the_lab_makes_an_account_with_a_registered_mobile_phone_number() {
        assertThat(browser.postRaw("/__lab/accounts", Map.of("email", "basic.phone@example.eu", "password", GOOD_PASSWORD,
                "mobilePhone", "+32 470 12 34 56")).statusCode()).isEqualTo(201);
        assertThat(TestApp.json(browser.last()).get("mobilePhone").asText()).isEqualTo("+32470123456");
        assertThat(identify("basic.phone@example.eu").last().body())
                .contains("<option value=\"PASSWORD_SMS\">Mobile Phone + SMS</option>");

        assertThat(browser.postRaw("/__lab/accounts", Map.of("email", "dotted.phone@example.eu", "password", GOOD_PASSWORD,
                "mobilePhone", "+32.470.12.34.56")).statusCode()).isEqualTo(400);
        assertThat(idp.accountAdmin().find("dotted.phone@example.eu")).isEmpty();
    }

    @Test
    void the_browser_remembers_the_last_address_until_told_to_forget_it() {
        registerAndActivate("remember@example.eu");
        TestBrowser returning = signIn("remember@example.eu", GOOD_PASSWORD);
        returning.get("/cas/logout");
        returning.get("/cas/login");
        assertThat(returning.page()).isEqualTo("login-password");
        assertThat(returning.last().body()).contains("Welcome back").contains("remember@example.eu");
        returning.get("/cas/login?restart=1");
        assertThat(returning.page()).isEqualTo("login-identifier");
        returning.get("/cas/login");
        assertThat(returning.page()).isEqualTo("login-identifier");
    }

    @Test
    void a_legacy_user_name_is_told_to_use_the_address() {
        Account account = staff("legacy@ec.europa.eu", Period.ZERO);
        idp.accountAdmin().setLegacyUsername(account, "dupontj");
        browser.get("/cas/login");
        browser.post("/cas/login", Map.of("step", "identifier", "username", "DupontJ"));
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.last().body()).contains("data-msg=\"legacy-username\"");
    }

    @Test
    void an_address_set_by_the_operator_does_not_sign_in_but_the_original_does() {
        Account account = staff("original@ec.europa.eu", Period.ZERO);
        idp.accountAdmin().setOperatorEmail(account, "new.name@ec.europa.eu");
        browser.get("/cas/login");
        browser.post("/cas/login", Map.of("step", "identifier", "username", "new.name@ec.europa.eu"));
        assertThat(browser.last().body()).contains("data-msg=\"address-changed-by-operator\"");
        assertThat(signIn("original@ec.europa.eu", GOOD_PASSWORD).page()).isEqualTo("login-success");
    }

    @Test
    void a_staff_password_older_than_6_months_must_be_changed_before_going_on() {
        staff("old@ec.europa.eu", Period.ofMonths(7));
        TestBrowser user = signIn("old@ec.europa.eu", GOOD_PASSWORD);
        assertThat(user.page()).isEqualTo("password-expired");
        user.get("/cas/userdata/myAccount.cgi");
        assertThat(user.page()).isEqualTo("password-expired");
        user.post("/cas/init/passwordExpired.cgi", Map.of("currentPassword", GOOD_PASSWORD,
                "password", GOOD_PASSWORD, "passwordConfirm", GOOD_PASSWORD));
        assertThat(user.last().body()).contains("data-msg=\"password-same-as-before\"");
        user.post("/cas/init/passwordExpired.cgi", Map.of("currentPassword", GOOD_PASSWORD,
                "password", "Brand-new-Pass-7", "passwordConfirm", "Brand-new-Pass-7"));
        assertThat(user.page()).as("back to the page asked for").isEqualTo("my-account");
        assertThat(signIn("old@ec.europa.eu", "Brand-new-Pass-7").page()).isEqualTo("login-success");
    }

    @Test
    void a_self_registered_account_is_not_forced_to_change_its_password() {
        registerAndActivate("external@example.eu");
        clock.advance(Duration.ofDays(400));
        assertThat(signIn("external@example.eu", GOOD_PASSWORD).page()).isEqualTo("login-success");
    }

    @Test
    void my_account_changes_the_password_after_checking_the_current_one() {
        registerAndActivate("change@example.eu");
        browser.get("/cas/userdata/changePassword.cgi");
        assertThat(browser.page()).isEqualTo("change-password");
        browser.post("/cas/userdata/changePassword.cgi", Map.of("currentPassword", "Not-my-pass-1",
                "password", "Another-Pass-8", "passwordConfirm", "Another-Pass-8"));
        assertThat(browser.last().body()).contains("data-msg=\"password-incorrect\" data-field=\"currentPassword\"");
        browser.post("/cas/userdata/changePassword.cgi", Map.of("currentPassword", GOOD_PASSWORD,
                "password", "Another-Pass-8", "passwordConfirm", "Another-Pass-8"));
        assertThat(browser.last().body()).contains("data-msg=\"account-updated\"");
        assertThat(signIn("change@example.eu", GOOD_PASSWORD).last().body()).contains("data-msg=\"password-incorrect\"");
        assertThat(signIn("change@example.eu", "Another-Pass-8").page()).isEqualTo("login-success");
    }

    @Test
    void empty_password_fields_are_asked_for_not_called_incorrect() {
        registerAndActivate("empty@example.eu");
        browser.get("/cas/userdata/changePassword.cgi");
        browser.post("/cas/userdata/changePassword.cgi", Map.of("currentPassword", "", "password", "",
                "passwordConfirm", ""));
        assertThat(browser.last().body())
                .contains("data-msg=\"password-required\" data-field=\"currentPassword\"")
                .contains("data-msg=\"password-required\" data-field=\"password\"")
                .contains("data-msg=\"password-required\" data-field=\"passwordConfirm\"")
                .doesNotContain("password-incorrect");
        browser.post("/cas/userdata/changePassword.cgi", Map.of("currentPassword", "Not-my-pass-1",
                "password", GOOD_PASSWORD, "passwordConfirm", GOOD_PASSWORD));
        assertThat(browser.last().body()).as("a wrong current password: no hint that the new one is the password")
                .contains("data-msg=\"password-incorrect\" data-field=\"currentPassword\"")
                .doesNotContain("password-same-as-before");

        browser.get("/cas/userdata/changeEmail.cgi");
        browser.post("/cas/userdata/changeEmail.cgi", Map.of("newEmail", "", "newEmailConfirm", "",
                "currentPassword", ""));
        assertThat(browser.last().body())
                .contains("data-msg=\"email-required\" data-field=\"newEmail\"")
                .contains("data-msg=\"password-required\" data-field=\"currentPassword\"")
                .doesNotContain("password-incorrect");
    }

    @Test
    void my_account_sends_a_signed_out_browser_to_sign_in_and_back() {
        registerAndActivate("back@example.eu");
        TestBrowser other = new TestBrowser(idp.baseUrl());
        other.get("/cas/userdata/myAccount.cgi");
        assertThat(other.page()).isEqualTo("login-identifier");
        other.post("/cas/login", Map.of("step", "identifier", "username", "back@example.eu"));
        other.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(other.page()).isEqualTo("my-account");
    }

    @Test
    void a_new_address_is_confirmed_by_a_link_sent_to_it_and_the_old_one_is_told() throws Exception {
        registerAndActivate("before@example.eu");
        browser.get("/cas/userdata/changeEmail.cgi");
        browser.post("/cas/userdata/changeEmail.cgi", Map.of("newEmail", "after@example.eu",
                "newEmailConfirm", "after@example.eu", "currentPassword", GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("change-email-sent");
        assertThat(signIn("before@example.eu", GOOD_PASSWORD).page()).isEqualTo("login-success");

        browser.get(lastLinkTo("after@example.eu"));
        assertThat(browser.page()).isEqualTo("email-changed");
        MimeMessage notice = lastMailTo("before@example.eu");
        assertThat(notice.getSubject()).contains("was changed");
        assertThat(textOf(notice)).contains("after@example.eu");
        assertThat(signIn("after@example.eu", GOOD_PASSWORD).page()).isEqualTo("login-success");
        assertThat(identify("before@example.eu").last().body()).contains("data-msg=\"account-unknown\"");
    }

    @Test
    void an_e_mail_change_needs_the_current_password_and_a_free_address() {
        registerAndActivate("first@example.eu");
        registerAndActivate("second@example.eu");
        browser.get("/cas/userdata/changeEmail.cgi");
        browser.post("/cas/userdata/changeEmail.cgi", Map.of("newEmail", "FIRST@example.eu",
                "newEmailConfirm", "first@example.eu", "currentPassword", "wrong"));
        assertThat(browser.last().body())
                .contains("data-msg=\"email-already-registered\" data-field=\"newEmail\"")
                .contains("data-msg=\"password-incorrect\" data-field=\"currentPassword\"")
                .contains("value=\"FIRST@example.eu\"");
    }

    @Test
    void two_registrations_of_one_address_racing_each_other_give_exactly_one_account() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TestBrowser racer = new TestBrowser(idp.baseUrl());
            racer.get("/cas/eim/external/register.cgi");
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                racer.post("/cas/eim/external/register.cgi", Map.of("firstName", "Ana", "lastName", "P",
                        "email", "race@example.eu", "emailConfirm", "race@example.eu", "emailLanguage", "en",
                        "privacy", "yes"));
                return racer.page();
            }));
        }
        go.countDown();
        List<String> pages = racers.stream().map(CompletableFuture::join).toList();
        assertThat(pages).containsOnlyOnce("register-mail-sent");
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void the_password_appears_in_no_log_page_or_mail() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Level before = root.getLevel();
        root.setLevel(Level.DEBUG);
        root.addAppender(logs);
        try {
            registerAndActivate("secret@example.eu");
            signIn("secret@example.eu", GOOD_PASSWORD);
            signIn("secret@example.eu", GOOD_PASSWORD + "x");
        } finally {
            root.detachAppender(logs);
            root.setLevel(before);
        }
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(GOOD_PASSWORD));
        for (MimeMessage m : mail.getReceivedMessages()) {
            assertThat(textOf(m)).doesNotContain(GOOD_PASSWORD);
        }
        assertThat(browser.last().body()).doesNotContain(GOOD_PASSWORD);
    }
}
