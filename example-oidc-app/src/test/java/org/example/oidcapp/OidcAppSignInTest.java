package org.example.oidcapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lab.eulogin.testkit.EuLoginLabTest;
import lab.eulogin.testkit.HttpBrowser;
import lab.eulogin.testkit.LabKit;
import lab.eulogin.testkit.LabRuntimeInfo;
import lab.eulogin.testkit.OidcCallback;
import lab.eulogin.testkit.TestAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's own sign-in tests, as a team writes them: EU Login Lab started by the
 * extension with the application's client registered, the application pointed at the lab's issuer,
 * and the kit for everything a person would do on EU Login or a phone. The lab is reset before each
 * test, so every test may use the same address.
 */
@EuLoginLabTest(services = "src/test/resources/services.yaml")
class OidcAppSignInTest {
    private static final String ANA = "ana.grants@example.eu";
    private static final String CLIENT_ID = "grants-portal";
    private static final String SECRET = "grants-portal-secret-for-these-tests-only";
    private static OidcAppConfig config;
    private static OidcApp app;

    @BeforeAll
    static void startTheApplication(LabRuntimeInfo lab) {
        config = new OidcAppConfig("127.0.0.1", 0, lab.oidcIssuer(), CLIENT_ID, SECRET);
        app = OidcApp.start(config);
    }

    @AfterAll
    static void stopTheApplication() {
        app.close();
    }

    @Test
    void the_portal_sends_the_browser_to_eu_login_and_shows_the_id_tokens_claims_after_the_password(
            LabKit kit, LabRuntimeInfo lab, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).name("Ana", "Lopes").create();

        browser.open(app.url("/portal/"));
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.body()).as("EU Login names the application asking").contains("Grants portal");

        kit.signIn(browser, ana);

        assertThat(browser.page()).isEqualTo("signed-in");
        assertThat(browser.address()).hasToString(app.url("/portal/"));
        assertThat(claim(browser, "iss")).isEqualTo(lab.oidcIssuer());
        assertThat(claim(browser, "aud")).isEqualTo(CLIENT_ID);
        assertThat(claim(browser, "sub")).isNotBlank();
        assertThat(claim(browser, "email")).isEqualTo(ANA);
        assertThat(claim(browser, "given_name")).isEqualTo("Ana");
        assertThat(claim(browser, "acr")).isEqualTo(Loa.BASIC.acr());
        assertThat(claim(browser, "amr")).isEqualTo("pwd");
    }

    @Test
    void the_payments_ask_eu_login_for_a_second_factor_and_open_with_the_sms_code(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).mobilePhone("+32470123456").create();

        browser.open(app.url("/payments/"));
        assertThat(browser.went()).as("the authorization request asks for MEDIUM")
                .anyMatch(uri -> uri.getQuery() != null && uri.getQuery().contains("acr_values=" + Loa.MEDIUM.acr()));
        kit.signIn(browser, ana);
        assertThat(browser.page()).as("the password alone is not enough").isEqualTo("login-password");
        assertThat(browser.body()).contains("data-msg=\"method-unavailable\"");

        kit.signInWithSms(browser, ana);

        assertThat(browser.page()).isEqualTo("signed-in");
        assertThat(browser.address()).hasToString(app.url("/payments/"));
        assertThat(claim(browser, "acr")).isEqualTo(Loa.MEDIUM.acr());
        assertThat(claim(browser, "amr")).isEqualTo("pwd sms mfa");
    }

    @Test
    void signed_in_to_the_portal_with_the_password_a_person_opening_the_payments_adds_the_sms_code(
            LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).mobilePhone("+32470123456").create();
        kit.signIn(browser.open(app.url("/portal/")), ana).assertPage("signed-in");

        browser.open(app.url("/payments/"));
        assertThat(browser.page()).as("the portal's sign-in is not enough for the payments").isEqualTo("login-password");
        kit.signInWithSms(browser, ana);

        assertThat(browser.page()).isEqualTo("signed-in");
        assertThat(claim(browser, "acr")).isEqualTo(Loa.MEDIUM.acr());
        assertThat(browser.open(app.url("/portal/")).page()).as("MEDIUM does for the portal too").isEqualTo("signed-in");
    }

    @Test
    void the_kit_signs_in_on_the_apps_own_request_and_the_app_takes_the_code_once(LabKit kit, LabRuntimeInfo lab,
                                                                                  HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).mobilePhone("+32470123456").create();
        String request = authorizationRequestOf(browser.open(app.url("/payments/")), lab);
        assertThat(request).contains("client_id=" + CLIENT_ID, "code_challenge_method=S256", "state=", "nonce=",
                "redirect_uri=" + app.redirectUri().replace(":", "%3A").replace("/", "%2F"));

        OidcCallback back = kit.signInOidcWithSms(browser, request, ana);
        assertThat(back.parameter("iss")).contains(lab.oidcIssuer());
        browser.open(back.address().toString());

        assertThat(browser.page()).isEqualTo("signed-in");
        assertThat(claim(browser, "acr")).isEqualTo(Loa.MEDIUM.acr());
        assertThat(browser.open(back.address().toString()).page()).as("an answer is taken once").isEqualTo("refused");
        assertThat(browser.status()).isEqualTo(403);
    }

    @Test
    void a_sign_in_whose_request_lost_its_acr_values_is_refused_by_the_payments(LabKit kit, LabRuntimeInfo lab,
                                                                               HttpBrowser browser) {
        TestAccount ana = kit.newAccount().email(ANA).create();
        String stripped = authorizationRequestOf(browser.open(app.url("/payments/")), lab)
                .replaceAll("&acr_values=[^&]*", "");

        OidcCallback back = kit.signInOidc(browser, stripped, ana);
        browser.open(back.address().toString());

        assertThat(browser.page()).as("the app checks the ID token's acr, not only asks for it").isEqualTo("refused");
        assertThat(browser.status()).isEqualTo(403);
        assertThat(reason(browser)).contains("level BASIC", "Grant payments needs MEDIUM");
    }

    @Test
    void a_scope_the_client_may_not_ask_for_is_refused_by_eu_login_and_the_app_says_so(HttpBrowser browser) {
        try (OidcApp asking = OidcApp.start(config.withScopes("openid", "email", "phone"))) {
            browser.open(asking.url("/portal/"));
        }

        assertThat(browser.page()).isEqualTo("refused");
        assertThat(browser.status()).isEqualTo(403);
        assertThat(reason(browser)).startsWith("EU Login answered invalid_scope");
    }

    /** The authorization request the application sent the browser to, among the addresses it went through. */
    private static String authorizationRequestOf(HttpBrowser browser, LabRuntimeInfo lab) {
        return browser.went().stream().map(URI::toString).filter(uri -> uri.startsWith(lab.oidcIssuer() + "/authorize?"))
                .findFirst().orElseThrow(() -> new AssertionError("No authorization request in " + browser.went()));
    }

    /** A claim of the ID token, as the application shows it. */
    private static String claim(HttpBrowser browser, String name) {
        return shown(browser, "data-claim=\"" + Pattern.quote(name) + "\">([^<]*)<");
    }

    private static String reason(HttpBrowser browser) {
        return shown(browser, "data-reason>([^<]*)<");
    }

    private static String shown(HttpBrowser browser, String pattern) {
        Matcher value = Pattern.compile(pattern).matcher(browser.body());
        return value.find() ? value.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&") : null;
    }
}
