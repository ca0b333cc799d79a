package lab.eulogin.idp.web;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "I want to receive email notifications": the owner is mailed, in the account's e-mail language
 * (French here), when the password changes or a phone, a device or a security key is added; not
 * once the box is unticked.
 */
class SecurityNoticesTest extends CasTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String NEW_PASSWORD = "Other-Horse-42";
    private static final String NUMBER = "+32470123456";
    private static final String PIN = "4321";

    @BeforeEach
    void anaSignedIn() {
        account(ANA, AccountKind.EXTERNAL);
        browser = signIn(ANA, GOOD_PASSWORD);
    }

    private List<String> subjectsTo(String email) {
        List<String> subjects = new ArrayList<>();
        try {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                    subjects.add(m.getSubject());
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return subjects;
    }

    private void changePassword() {
        browser.get("/cas/userdata/changePassword.cgi");
        browser.post("/cas/userdata/changePassword.cgi", Map.of("currentPassword", GOOD_PASSWORD,
                "password", NEW_PASSWORD, "passwordConfirm", NEW_PASSWORD));
        assertThat(browser.last().body()).contains("data-msg=\"account-updated\"");
    }

    @Test
    void a_changed_password_is_told_to_the_owner_in_the_language_of_their_e_mails() throws Exception {
        changePassword();

        MimeMessage notice = lastMailTo(ANA);
        assertThat(notice.getSubject()).isEqualTo("Votre compte EU Login : votre mot de passe a été modifié");
        assertThat(textOf(notice)).startsWith("Madame, Monsieur Ana Pérez,")
                .contains("Le mot de passe de votre compte EU Login a été modifié le ")
                .contains("« Mot de passe perdu ? »")
                .contains("« Je souhaite recevoir des notifications par e-mail »")
                .doesNotContain(NEW_PASSWORD).doesNotContain(GOOD_PASSWORD).doesNotContain("{");
    }

    @Test
    void with_notifications_unticked_nothing_is_mailed() {
        browser.get("/cas/userdata/configureAccount.cgi");
        browser.post("/cas/userdata/configureAccount.cgi", Map.of());
        assertThat(browser.last().body()).contains("data-msg=\"account-updated\"");

        changePassword();
        assertThat(subjectsTo(ANA)).isEmpty();
    }

    @Test
    void a_mobile_phone_number_added_is_told_with_the_number_masked() {
        browser.get("/cas/userdata/addMobilePhone.cgi");
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", NUMBER));
        assertThat(subjectsTo(ANA)).as("not before the code is typed").isEmpty();
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(browser.page()).isEqualTo("mobile-phones");

        MimeMessage notice = lastMailTo(ANA);
        assertThat(subjectsTo(ANA)).containsExactly("Votre compte EU Login : un numéro de téléphone portable a été ajouté");
        assertThat(textOf(notice)).contains("Le numéro de téléphone portable +32 ••• •• •• 56 a été ajouté")
                .doesNotContain("470 12 34");
    }

    @Test
    void a_mobile_device_added_is_told_with_its_name() {
        browser.get("/cas/mobile/add");
        browser.post("/cas/mobile/add", Map.of("deviceName", "Ana's <phone>", "pin", PIN, "pinConfirm", PIN));
        assertThat(browser.page()).isEqualTo("mobile-device-enrol");
        assertThat(subjectsTo(ANA)).as("not before the app has enrolled").isEmpty();

        assertThat(new TestApp().enrol(TestApp.scan(browser.last().body(), "enrolment-qr"), PIN).statusCode())
                .isEqualTo(201);

        MimeMessage notice = lastMailTo(ANA);
        assertThat(subjectsTo(ANA)).containsExactly("Votre compte EU Login : un appareil mobile a été ajouté");
        assertThat(textOf(notice)).contains("L'appareil mobile « Ana's <phone> » a été ajouté à votre compte EU Login le ");
        assertThat(htmlOf(notice)).contains("« Ana&#39;s &lt;phone&gt; »").doesNotContain("<phone>");
    }

    @Test
    void a_security_key_added_is_told_with_its_name() {
        TestAuthenticator key = new TestAuthenticator();
        browser.get("/cas/userdata/addSecurityKey.cgi");
        browser.post("/cas/userdata/addSecurityKey.cgi", Map.of("keyName", "Blue USB key"));
        assertThat(browser.page()).isEqualTo("security-key-register");
        browser.post("/cas/userdata/registerSecurityKey.cgi", key.register(browser.last().body(), idp.baseUrl()));
        assertThat(browser.page()).isEqualTo("security-keys");

        assertThat(subjectsTo(ANA))
                .containsExactly("Votre compte EU Login : une clé de sécurité ou plateforme de confiance a été ajoutée");
        assertThat(textOf(lastMailTo(ANA))).contains("« Blue USB key »");
    }

    @Test
    void a_password_reset_by_link_is_told_but_the_first_password_of_a_new_account_is_not() {
        registerAndActivate("new@example.eu");
        assertThat(subjectsTo("new@example.eu")).containsExactly("Your EU Login account: verify your e-mail address");

        TestBrowser lost = new TestBrowser(idp.baseUrl());
        askForNewPassword(lost, "new@example.eu");
        String link = lastLinkTo("new@example.eu");
        lost.get(link);
        lost.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, NEW_PASSWORD, NEW_PASSWORD));
        assertThat(lost.page()).isEqualTo("password-set");

        assertThat(subjectsTo("new@example.eu")).containsExactly("Your EU Login account: verify your e-mail address",
                "Your EU Login account: reset your password", "Your EU Login account: your password was changed");
        assertThat(textOf(lastMailTo("new@example.eu"))).startsWith("Dear Ana Pérez,")
                .contains("The password of your EU Login account was changed on ")
                .containsPattern("changed on \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC\\.");
    }

    private static String htmlOf(MimeMessage message) {
        try {
            return (String) ((jakarta.mail.internet.MimeMultipart) message.getContent()).getBodyPart(1).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
