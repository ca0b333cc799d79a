package lab.eulogin.idp.web;

import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.AccountSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Configure my account" in My Account: its four options, saved with the account on a file
 * database (so a restart keeps them), the CSRF token, and the option that needs a second factor.
 */
class ConfigureAccountTest extends CasTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String PAGE = "/cas/userdata/configureAccount.cgi";
    private static final String NUMBER = "+32470123456";

    @TempDir
    Path data;

    @Override
    IdpConfig config(boolean labMode) {
        return super.config(labMode).withJdbcUrl("jdbc:h2:file:" + data.resolve("eulogin") + ";DB_CLOSE_DELAY=0");
    }

    @BeforeEach
    void anaSignedIn() {
        account(ANA, AccountKind.EXTERNAL);
        browser = signIn(ANA, GOOD_PASSWORD);
    }

    private AccountSettings stored() {
        return idp.accountAdmin().find(ANA).orElseThrow().settings();
    }

    /** The page's form with these boxes ticked and the others not, as a browser sends it. */
    private HttpResponse<String> submit(String... ticked) {
        browser.get(PAGE);
        Map<String, String> form = new HashMap<>();
        for (String name : ticked) {
            form.put(name, "true");
        }
        return browser.post(PAGE, form);
    }

    private static void assertTicked(String page, String option, boolean ticked) {
        String box = page.replaceAll("(?s).*(<input id=\"" + option + "\"[^>]*>).*", "$1");
        assertThat(box).as(option).startsWith("<input id=\"" + option + "\"").contains("type=\"checkbox\"");
        if (ticked) {
            assertThat(box).as(option + " ticked").contains(" checked");
        } else {
            assertThat(box).as(option + " not ticked").doesNotContain(" checked");
        }
    }

    @Test
    void my_account_leads_to_the_four_options_each_a_labelled_check_box_notifications_on_by_default() {
        browser.get("/cas/userdata/myAccount.cgi");
        assertThat(browser.last().body())
                .contains("<a id=\"menu-configure-account\" href=\"/cas/userdata/configureAccount.cgi\">Configure my account</a>");

        browser.get(PAGE);
        assertThat(browser.page()).isEqualTo("configure-account");
        String page = browser.last().body();
        assertThat(page).contains("<label for=\"emailNotifications\">I want to receive email notifications</label>")
                .contains("<label for=\"warnWhenIdentityAsked\">Warn me each time an application asks for my identity</label>")
                .contains("<label for=\"detailsAfterSignIn\">View my EU Login account details after logging me in</label>")
                .contains("<label for=\"alwaysMultiFactor\">Always require multi-factor authentication</label>")
                .contains("<button id=\"submit\" class=\"primary\" type=\"submit\">Submit</button>")
                .contains("name=\"csrf\"");
        assertTicked(page, "emailNotifications", true);
        assertTicked(page, "warnWhenIdentityAsked", false);
        assertTicked(page, "detailsAfterSignIn", false);
        assertTicked(page, "alwaysMultiFactor", false);
        assertThat(stored()).isEqualTo(AccountSettings.defaults());
    }

    @Test
    void submit_saves_the_boxes_as_ticked_says_the_account_is_updated_and_shows_them_again() {
        HttpResponse<String> saved = submit("warnWhenIdentityAsked", "detailsAfterSignIn");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("data-msg=\"account-updated\"")
                .contains("Your account has been successfully updated");
        assertThat(stored()).isEqualTo(new AccountSettings(false, true, true, false));

        browser.get(PAGE);
        assertTicked(browser.last().body(), "emailNotifications", false);
        assertTicked(browser.last().body(), "warnWhenIdentityAsked", true);
        assertTicked(browser.last().body(), "detailsAfterSignIn", true);
        assertTicked(browser.last().body(), "alwaysMultiFactor", false);
    }

    @Test
    void a_form_without_the_sessions_csrf_token_is_refused_and_nothing_is_saved() {
        browser.get(PAGE);
        HttpResponse<String> forged = browser.postRaw(PAGE, Map.of("csrf", "forged", "warnWhenIdentityAsked", "true"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("data-msg=\"session-expired\"");
        assertThat(stored()).isEqualTo(AccountSettings.defaults());
    }

    @Test
    void multi_factor_always_is_refused_without_a_second_factor_and_accepted_once_a_phone_is_added() {
        HttpResponse<String> refused = submit("alwaysMultiFactor", "detailsAfterSignIn");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("data-msg=\"multi-factor-needs-second-factor\" data-field=\"alwaysMultiFactor\"")
                .contains("first add a verification method besides your password")
                .contains("aria-describedby=\"alwaysMultiFactor-hint alwaysMultiFactor-error\" aria-invalid=\"true\"")
                .doesNotContain("data-msg=\"account-updated\"");
        assertThat(stored()).as("nothing saved, not even the other box").isEqualTo(AccountSettings.defaults());

        browser.get("/cas/userdata/addMobilePhone.cgi");
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", NUMBER));
        browser.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(submit("alwaysMultiFactor").body()).contains("data-msg=\"account-updated\"");
        assertThat(stored().alwaysMultiFactor()).isTrue();
    }

    @Test
    void the_options_outlive_a_restart_of_the_idp_on_the_same_database() {
        submit("warnWhenIdentityAsked", "detailsAfterSignIn");

        idp.close();
        idp = start(true);

        assertThat(stored()).isEqualTo(new AccountSettings(false, true, true, false));
        TestBrowser again = signIn(ANA, GOOD_PASSWORD);
        again.get(PAGE);
        assertTicked(again.last().body(), "emailNotifications", false);
        assertTicked(again.last().body(), "warnWhenIdentityAsked", true);
        assertTicked(again.last().body(), "detailsAfterSignIn", true);
    }

    @Test
    void the_page_speaks_french_and_german() {
        browser.get(PAGE + "?lang=fr");
        assertThat(browser.last().body()).contains("<h1 id=\"heading\">Configurer mon compte</h1>")
                .contains("Je souhaite recevoir des notifications par e-mail")
                .contains("Toujours exiger l&#39;authentification multifacteur");
        browser.get(PAGE + "?lang=de");
        assertThat(browser.last().body()).contains("<h1 id=\"heading\">Mein Konto konfigurieren</h1>")
                .contains("Ich möchte E-Mail-Benachrichtigungen erhalten");
    }

    @Test
    void the_lab_makes_an_account_with_the_four_options_and_changes_them_as_its_owner_would() {
        HttpResponse<String> made = browser.postRaw("/__lab/accounts", Map.of("email", "lab@example.eu",
                "password", GOOD_PASSWORD, "mobilePhone", NUMBER, "emailNotifications", "false",
                "warnWhenIdentityAsked", "true", "detailsAfterSignIn", "true", "alwaysMultiFactor", "true"));
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(TestApp.json(made).toString()).contains("\"emailNotifications\":false,\"warnWhenIdentityAsked\":true,"
                + "\"detailsAfterSignIn\":true,\"alwaysMultiFactor\":true");
        assertThat(settingsOf("lab@example.eu")).isEqualTo(new AccountSettings(false, true, true, true));
        assertThat(identify("lab@example.eu").last().body()).as("multi-factor always: no password alone")
                .contains("value=\"PASSWORD_SMS\"").doesNotContain("value=\"PASSWORD\"");

        HttpResponse<String> changed = browser.postRaw("/__lab/accounts/settings", Map.of("email", "LAB@example.eu",
                "alwaysMultiFactor", "false", "emailNotifications", "true"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(TestApp.json(changed).toString()).isEqualTo("{\"email\":\"lab@example.eu\",\"emailNotifications\":true,"
                + "\"warnWhenIdentityAsked\":true,\"detailsAfterSignIn\":true,\"alwaysMultiFactor\":false}");
        assertThat(settingsOf("lab@example.eu")).as("the options not sent stay as they were")
                .isEqualTo(new AccountSettings(true, true, true, false));

        assertThat(browser.postRaw("/__lab/accounts", Map.of("email", "plain@example.eu", "password", GOOD_PASSWORD))
                .statusCode()).isEqualTo(201);
        assertThat(settingsOf("plain@example.eu")).isEqualTo(AccountSettings.defaults());
    }

    @Test
    void the_lab_refuses_an_option_or_locked_that_is_not_true_or_false_and_multi_factor_without_a_second_factor_saying_why() {
        HttpResponse<String> notBoolean = browser.postRaw("/__lab/accounts", Map.of("email", "yes@example.eu",
                "password", GOOD_PASSWORD, "emailNotifications", "yes"));
        assertThat(notBoolean.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(notBoolean).get("message").asText()).isEqualTo("emailNotifications must be true or false");
        HttpResponse<String> noPhone = browser.postRaw("/__lab/accounts", Map.of("email", "alone@example.eu",
                "password", GOOD_PASSWORD, "alwaysMultiFactor", "true"));
        assertThat(noPhone.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(noPhone).get("message").asText()).startsWith("alwaysMultiFactor=true needs a second factor")
                .contains("mobilePhone");
        HttpResponse<String> lockedYes = browser.postRaw("/__lab/accounts", Map.of("email", "yes@example.eu",
                "password", GOOD_PASSWORD, "locked", "yes"));
        assertThat(lockedYes.statusCode()).as("not read as false").isEqualTo(400);
        assertThat(TestApp.json(lockedYes).get("message").asText()).isEqualTo("locked must be true or false");
        assertThat(idp.accountAdmin().find("yes@example.eu")).isEmpty();
        assertThat(idp.accountAdmin().find("alone@example.eu")).isEmpty();

        HttpResponse<String> badValue = browser.postRaw("/__lab/accounts/settings", Map.of("email", ANA,
                "warnWhenIdentityAsked", "true", "detailsAfterSignIn", "1"));
        assertThat(badValue.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(badValue).get("error").asText()).isEqualTo("bad-settings");
        assertThat(TestApp.json(badValue).get("message").asText()).isEqualTo("detailsAfterSignIn must be true or false");
        HttpResponse<String> withoutSecondFactor = browser.postRaw("/__lab/accounts/settings",
                Map.of("email", ANA, "alwaysMultiFactor", "true"));
        assertThat(withoutSecondFactor.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(withoutSecondFactor).get("error").asText()).isEqualTo("multi-factor-needs-second-factor");
        assertThat(stored()).as("nothing saved").isEqualTo(AccountSettings.defaults());
        assertThat(browser.postRaw("/__lab/accounts/settings", Map.of("email", "nobody@example.eu",
                "alwaysMultiFactor", "false")).statusCode()).isEqualTo(404);
    }

    private AccountSettings settingsOf(String email) {
        return idp.accountAdmin().find(email).orElseThrow().settings();
    }
}
