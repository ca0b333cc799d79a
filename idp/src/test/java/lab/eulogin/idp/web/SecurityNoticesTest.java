package lab.eulogin.idp.web;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.devices.DeviceCrypto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "I want to receive email notifications": the owner is mailed, in the account's e-mail language
 * (French here), when the password changes or a phone, a device or a security key is added or
 * deleted (once for all that PANIC deletes); not once the box is unticked.
 */
class SecurityNoticesTest extends CasTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String NEW_PASSWORD = "Other-Horse-42";
    private static final String NUMBER = "+32470123456";
    private static final String PIN = "4321";
    private static final String PHONE_ADDED = "Votre compte EU Login : un numéro de téléphone portable a été ajouté";
    private static final String DEVICE_ADDED = "Votre compte EU Login : un appareil mobile a été ajouté";
    private static final String DEVICE_DELETED = "Votre compte EU Login : un appareil mobile a été retiré";
    private static final String KEY_ADDED =
            "Votre compte EU Login : une clé de sécurité ou plateforme de confiance a été ajoutée";

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

    /** "Add a mobile phone number" to the end: the number, its code. */
    private void addPhone() {
        List<String> before = subjectsTo(ANA);
        browser.get("/cas/userdata/addMobilePhone.cgi");
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", NUMBER));
        assertThat(subjectsTo(ANA)).as("not before the code is typed").isEqualTo(before);
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(browser.page()).isEqualTo("mobile-phones");
    }

    /** "Add a mobile device" on the PC, then the app enrolling from its QR code. */
    private TestApp addDevice(String name) {
        List<String> before = subjectsTo(ANA);
        browser.get("/cas/mobile/add");
        browser.post("/cas/mobile/add", Map.of("deviceName", name, "pin", PIN, "pinConfirm", PIN));
        assertThat(browser.page()).isEqualTo("mobile-device-enrol");
        assertThat(subjectsTo(ANA)).as("not before the app has enrolled").isEqualTo(before);
        TestApp app = new TestApp();
        assertThat(app.enrol(TestApp.scan(browser.last().body(), "enrolment-qr"), PIN).statusCode()).isEqualTo(201);
        return app;
    }

    private void addKey(String name) {
        TestAuthenticator key = new TestAuthenticator();
        browser.get("/cas/userdata/addSecurityKey.cgi");
        browser.post("/cas/userdata/addSecurityKey.cgi", Map.of("keyName", name));
        assertThat(browser.page()).isEqualTo("security-key-register");
        browser.post("/cas/userdata/registerSecurityKey.cgi", key.register(browser.last().body(), idp.baseUrl()));
        assertThat(browser.page()).isEqualTo("security-keys");
    }

    /** The id an item's form sends in this field, on the last page: the first item's, or the first after {@code from}. */
    private String idOnPage(String field, String from) {
        String page = browser.last().body();
        Matcher id = Pattern.compile("name=\"" + field + "\" value=\"(\\d+)\"").matcher(page);
        assertThat(id.find(Math.max(0, page.indexOf(from)))).as("an item to choose by its " + field).isTrue();
        return id.group(1);
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
        addPhone();

        MimeMessage notice = lastMailTo(ANA);
        assertThat(subjectsTo(ANA)).containsExactly(PHONE_ADDED);
        assertThat(textOf(notice)).contains("Le numéro de téléphone portable +32 ••• •• •• 56 a été ajouté")
                .doesNotContain("470 12 34");
    }

    @Test
    void a_mobile_device_added_is_told_with_its_name() {
        addDevice("Ana's <phone>");

        MimeMessage notice = lastMailTo(ANA);
        assertThat(subjectsTo(ANA)).containsExactly(DEVICE_ADDED);
        assertThat(textOf(notice)).contains("L'appareil mobile « Ana's <phone> » a été ajouté à votre compte EU Login le ");
        assertThat(htmlOf(notice)).contains("« Ana&#39;s &lt;phone&gt; »").doesNotContain("<phone>");
    }

    @Test
    void a_security_key_added_is_told_with_its_name() {
        addKey("Blue USB key");

        assertThat(subjectsTo(ANA)).containsExactly(KEY_ADDED);
        assertThat(textOf(lastMailTo(ANA))).contains("« Blue USB key »");
    }

    @Test
    void a_mobile_phone_number_deleted_is_told_with_the_number_masked() {
        addPhone();
        browser.get("/cas/userdata/deleteMobilePhone.cgi");
        browser.post("/cas/userdata/deleteMobilePhone.cgi", Map.of("phone", idOnPage("phone", "")));
        assertThat(browser.last().body()).contains("data-msg=\"account-updated\"").contains("data-msg=\"no-phones\"");

        assertThat(subjectsTo(ANA)).containsExactly(PHONE_ADDED,
                "Votre compte EU Login : un numéro de téléphone portable a été retiré");
        assertThat(textOf(lastMailTo(ANA)))
                .contains("Le numéro de téléphone portable +32 ••• •• •• 56 a été retiré de votre compte EU Login le ")
                .contains("« Gérer mes numéros de téléphone portable »").doesNotContain("470 12 34").doesNotContain("{");
    }

    @Test
    void a_mobile_device_deleted_in_my_account_or_unlinked_in_the_app_is_told_with_its_name() {
        addDevice("Tablet");
        TestApp phone = addDevice("Ana's <phone>");
        browser.get("/cas/mobile");
        browser.post("/cas/mobile", Map.of("device", idOnPage("device", "data-device=\"Tablet\"")));
        assertThat(browser.last().body()).doesNotContain("data-device=\"Tablet\"");
        assertThat(subjectsTo(ANA)).containsExactly(DEVICE_ADDED, DEVICE_ADDED, DEVICE_DELETED);
        assertThat(textOf(lastMailTo(ANA))).contains("L'appareil mobile « Tablet » a été retiré de votre compte EU Login le ");

        String now = clock.instant().toString();
        assertThat(phone.post("/cas/api/mobile/devices/" + phone.deviceId + "/unlink", Map.of("issuedAt", now,
                "signature", phone.sign(DeviceCrypto.unlinkMessage(phone.deviceId, now)))).statusCode()).isEqualTo(204);
        assertThat(subjectsTo(ANA)).containsExactly(DEVICE_ADDED, DEVICE_ADDED, DEVICE_DELETED, DEVICE_DELETED);
        assertThat(htmlOf(lastMailTo(ANA))).contains("« Ana&#39;s &lt;phone&gt; »").doesNotContain("<phone>");
    }

    @Test
    void a_security_key_deleted_is_told_with_its_name() {
        addKey("Blue USB key");
        browser.post("/cas/userdata/securityKeys.cgi", Map.of("key", idOnPage("key", "")));
        assertThat(browser.last().body()).contains("data-msg=\"key-deleted\"");

        assertThat(subjectsTo(ANA)).containsExactly(KEY_ADDED,
                "Votre compte EU Login : une clé de sécurité ou plateforme de confiance a été retirée");
        assertThat(textOf(lastMailTo(ANA))).contains("La clé de sécurité ou plateforme de confiance « Blue USB key » a été "
                + "retirée de votre compte EU Login le ");
    }

    @Test
    void panic_is_told_in_one_mail_for_every_device_key_and_number_it_deletes() {
        addPhone();
        addDevice("Phone");
        addKey("Blue USB key");
        browser.get("/cas/mobile/panic");
        browser.post("/cas/mobile/panic", Map.of());
        assertThat(browser.last().body()).contains("data-msg=\"devices-all-deleted\"");

        String panic = "Votre compte EU Login : tous vos appareils et eID ont été supprimés";
        assertThat(subjectsTo(ANA)).containsExactly(PHONE_ADDED, DEVICE_ADDED, KEY_ADDED, panic);
        assertThat(textOf(lastMailTo(ANA))).contains("« Supprimer tous mes appareils et eID (PANIQUE) »")
                .contains("« Mot de passe perdu ? »").doesNotContain("{");

        browser.get("/cas/mobile/panic");
        browser.post("/cas/mobile/panic", Map.of());
        assertThat(subjectsTo(ANA)).as("nothing left to delete, nothing to tell").containsExactly(PHONE_ADDED, DEVICE_ADDED,
                KEY_ADDED, panic);
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
