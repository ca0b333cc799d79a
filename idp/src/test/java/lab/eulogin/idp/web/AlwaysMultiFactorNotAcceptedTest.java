package lab.eulogin.idp.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Always require multi-factor authentication" at an application that would take the password
 * alone and accepts none of the account's second factors: the page says that the account's own
 * option asks for more, and where to untick it, instead of blaming the application.
 */
class AlwaysMultiFactorNotAcceptedTest extends CasTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String CONFIGURE = "<a id=\"configure-account\" class=\"button secondary\" "
            + "href=\"/cas/userdata/configureAccount.cgi\">";

    @TempDir
    Path registryDir;

    /**
     * My Remote takes the password alone, My IntraComm the password or the app, JSIS Online only
     * the app, at MEDIUM; none takes SMS, Ana's one second factor.
     */
    @Override
    Path serviceRegistry() {
        String yaml = """
                services:
                  - id: my-remote
                    name: My Remote
                    urls:
                      - regex: '^http://(localhost|127\\.0\\.0\\.1):[0-9]+/myremote(/.*)?$'
                    methods: [PASSWORD]
                  - id: my-intracomm
                    name: My IntraComm
                    urls:
                      - regex: '^http://(localhost|127\\.0\\.0\\.1):[0-9]+/myintracomm(/.*)?$'
                    methods: [PASSWORD, PASSWORD_MOBILE_APP, PASSWORD_SOFTWARE_TOKEN]
                  - id: jsis-online
                    name: JSIS Online
                    urls:
                      - regex: '^http://(localhost|127\\.0\\.0\\.1):[0-9]+/jsis(/.*)?$'
                    level: MEDIUM
                    methods: [PASSWORD_MOBILE_APP, PASSWORD_SOFTWARE_TOKEN]
                """;
        try {
            return Files.writeString(registryDir.resolve("services.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void anaWithAPhoneAndMultiFactorAlways() {
        assertThat(browser.postRaw("/__lab/accounts", Map.of("email", ANA, "password", GOOD_PASSWORD,
                "mobilePhone", "+32470123456", "alwaysMultiFactor", "true")).statusCode()).isEqualTo(201);
    }

    /** At the service, the address, NEXT and the password: the sign-in box offers nothing else. */
    private void signInAt(TestBrowser browser, String service) {
        browser.get(loginUrl(service));
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
    }

    @Test
    void an_application_taking_the_password_alone_is_refused_because_of_the_accounts_own_option_which_the_page_links_to() {
        signInAt(browser, myRemote);

        assertThat(browser.page()).isEqualTo("second-factor-required");
        assertThat(browser.last().body()).contains("data-msg=\"always-multi-factor-not-accepted\"")
                .contains("You chose &quot;Always require multi-factor authentication&quot; for your EU Login account")
                .contains("My Remote accepts none of the verification methods you have added")
                .contains("My Remote itself asks only for your password")
                .contains(CONFIGURE + "Configure my account</a>")
                .doesNotContain("data-msg=\"no-method-available\"").doesNotContain("data-msg=\"second-factor-required\"");

        browser.get("/cas/userdata/configureAccount.cgi");
        assertThat(browser.page()).isEqualTo("configure-account");
        browser.post("/cas/userdata/configureAccount.cgi", Map.of("emailNotifications", "true"));
        assertThat(browser.last().body()).contains("data-msg=\"account-updated\"");
        browser.get(loginUrl(myRemote));
        assertThat(landedTicket(browser, myRemote)).startsWith("ST-");
    }

    @Test
    void the_page_lists_what_the_application_does_accept_and_speaks_french() {
        TestBrowser french = new TestBrowser(idp.baseUrl(), "fr");
        signInAt(french, myIntraComm);

        assertThat(french.page()).isEqualTo("second-factor-required");
        assertThat(french.last().body()).contains("data-msg=\"always-multi-factor-not-accepted\"")
                .contains("Vous avez choisi « Toujours exiger l&#39;authentification multifacteur » pour votre compte "
                        + "EU Login")
                .contains("My IntraComm n&#39;accepte aucune des méthodes de vérification que vous avez ajoutées")
                .contains("data-method=\"PASSWORD_MOBILE_APP\"").contains("id=\"mobile-devices\"")
                .contains(CONFIGURE + "Configurer mon compte</a>")
                .doesNotContain("data-method=\"PASSWORD\"").doesNotContain("data-msg=\"second-factor-required\"");
    }

    @Test
    void an_application_that_itself_needs_a_second_factor_is_named_as_asking_for_it() {
        signInAt(browser, jsis);

        assertThat(browser.page()).isEqualTo("second-factor-required");
        assertThat(browser.last().body()).contains("data-msg=\"second-factor-required\"")
                .doesNotContain("always-multi-factor-not-accepted").doesNotContain("id=\"configure-account\"");
    }
}
