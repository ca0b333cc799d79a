package lab.eulogin.idp.web;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.openid.connect.sdk.Prompt;
import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What three options of "Configure my account" do to signing in, for CAS services and OpenID
 * Connect clients alike: the question before single sign-on answers, the account details after a
 * sign-in, and a second factor even where the password alone would do.
 */
class AccountOptionsSignInTest extends OidcTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String NUMBER = "+32470123456";
    private static final String QUESTION = "/cas/login/identity-request";

    /** Another address of My Remote: a second request for the one BASIC service of this registry. */
    private String elsewhere;

    @BeforeEach
    void ana() {
        account(ANA, AccountKind.EXTERNAL);
        elsewhere = services.url("/myremote/elsewhere");
    }

    /** Ticks these boxes in "Configure my account", as the signed-in browser. */
    private void configure(TestBrowser signedIn, String... ticked) {
        signedIn.get("/cas/userdata/configureAccount.cgi");
        Map<String, String> form = new HashMap<>();
        for (String name : ticked) {
            form.put(name, "true");
        }
        signedIn.post("/cas/userdata/configureAccount.cgi", form);
        assertThat(signedIn.last().body()).contains("data-msg=\"account-updated\"");
    }

    private void addPhone(TestBrowser signedIn) {
        signedIn.get("/cas/userdata/addMobilePhone.cgi");
        signedIn.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", NUMBER));
        signedIn.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(signedIn.page()).isEqualTo("mobile-phones");
        // Past the pause between two codes to one number.
        clock.advance(Duration.ofMinutes(1));
    }

    // ---- "Warn me each time an application asks for my identity" ----

    @Test
    void warned_single_sign_on_asks_first_and_continue_gives_the_service_its_ticket() {
        signInAt(browser, myRemote, ANA);
        configure(browser, "warnWhenIdentityAsked");

        browser.get(loginUrl(elsewhere));
        assertThat(browser.page()).isEqualTo("identity-request");
        assertThat(browser.last().uri().getPath()).isEqualTo(QUESTION);
        assertThat(browser.last().body()).contains("My Remote asks for your identity")
                .contains("<button id=\"continue\" class=\"primary\" type=\"submit\">Continue</button>")
                .contains("<a id=\"cancel\" href=\"/cas/login/identity-request?cancel=true\">Cancel</a>");

        browser.post(QUESTION, browser.hiddenFields());
        String ticket = landedTicket(browser, elsewhere);
        assertThat(validate("/cas/serviceValidate", elsewhere, ticket)).contains("<cas:user>")
                .contains("<cas:sso>true</cas:sso>");
    }

    @Test
    void cancel_goes_to_a_page_of_its_own_the_service_gets_nothing_and_the_single_sign_on_stays() {
        signInAt(browser, myRemote, ANA);
        configure(browser, "warnWhenIdentityAsked");
        browser.get(loginUrl(elsewhere));

        browser.get(QUESTION + "?cancel=true");
        assertThat(browser.page()).isEqualTo("identity-request-cancelled");
        assertThat(browser.last().body()).contains("data-msg=\"identity-withheld\"")
                .contains("My Remote was not told who you are.");
        browser.get(QUESTION);
        assertThat(browser.page()).as("nothing waits for an answer any more").isNotEqualTo("identity-request");

        browser.get(loginUrl(elsewhere));
        assertThat(browser.page()).as("still signed in: asked again, not the password").isEqualTo("identity-request");
    }

    @Test
    void continue_with_a_forged_csrf_token_is_refused_and_no_ticket_is_issued() {
        signInAt(browser, myRemote, ANA);
        configure(browser, "warnWhenIdentityAsked");
        browser.get(loginUrl(elsewhere));

        Map<String, String> forged = new HashMap<>(browser.hiddenFields());
        forged.put("csrf", "forged");
        HttpResponse<String> refused = browser.postRaw(QUESTION, forged);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("data-msg=\"session-expired\"").contains("data-page=\"identity-request\"");
        assertThat(refused.uri().toString()).doesNotContain("ticket=");
    }

    @Test
    void continue_answers_only_the_application_the_question_named() {
        signInAt(browser, myRemote, ANA);
        configure(browser, "warnWhenIdentityAsked");
        browser.get(loginUrl(elsewhere));
        Map<String, String> aboutMyRemote = browser.hiddenFields();
        // Another tab: another application asks meanwhile.
        browser.get(authorization(BASIC).url());

        browser.post(QUESTION, aboutMyRemote);
        assertThat(browser.page()).as("asked again, about the one now waiting").isEqualTo("identity-request");
        assertThat(browser.last().body()).contains("Basic App asks for your identity");
        assertThat(browser.last().uri().toString()).doesNotContain("ticket=").doesNotContain("code=");
    }

    @Test
    void a_password_typed_for_the_request_is_not_questioned() {
        TestBrowser settings = signIn(ANA, GOOD_PASSWORD);
        configure(settings, "warnWhenIdentityAsked");

        String ticket = signInAt(new TestBrowser(idp.baseUrl()), myRemote, ANA);
        assertThat(validate("/cas/serviceValidate", myRemote, ticket)).contains("<cas:sso>false</cas:sso>");
    }

    @Test
    void gateway_shows_no_page_and_is_answered_as_if_not_signed_in() {
        signInAt(browser, myRemote, ANA);
        configure(browser, "warnWhenIdentityAsked");

        browser.get(loginUrl(elsewhere, "gateway=true"));
        assertThat(browser.last().uri().toString()).startsWith(elsewhere).doesNotContain("ticket=");
        assertThat(browser.page()).isEqualTo("service");
    }

    @Test
    void an_openid_connect_client_is_asked_about_too_and_prompt_none_is_answered_login_required() {
        signInAt(browser, myRemote, ANA);
        configure(browser, "warnWhenIdentityAsked");

        Authorization request = authorization(BASIC);
        browser.get(request.url());
        assertThat(browser.page()).isEqualTo("identity-request");
        assertThat(browser.last().body()).contains("Basic App asks for your identity");
        browser.post(QUESTION, browser.hiddenFields());
        AuthorizationCode code = landedCode(browser, request);
        assertThat(tokens(request, code).getOIDCTokens().getIDToken()).isNotNull();

        Authorization silent = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.NONE)));
        browser.get(silent.url());
        assertThat(landedAnswer(browser, silent).toErrorResponse().getErrorObject().getCode()).isEqualTo("login_required");
    }

    @Test
    void without_the_option_single_sign_on_answers_at_once() {
        signInAt(browser, myRemote, ANA);
        browser.get(loginUrl(elsewhere));
        landedTicket(browser, elsewhere);
    }

    // ---- "View my EU Login account details after logging me in" ----

    @Test
    void after_a_password_sign_in_the_details_show_first_and_continue_brings_the_ticket() {
        configure(signIn(ANA, GOOD_PASSWORD), "detailsAfterSignIn");

        browser.get(loginUrl(myRemote));
        typeAddressAndPassword();
        assertThat(browser.page()).isEqualTo("account-details");
        assertThat(browser.last().body()).contains("data-msg=\"details-after-sign-in\"")
                .contains("<dd data-field=\"email\">" + ANA + "</dd>")
                .contains("<button id=\"continue\" class=\"primary\" type=\"submit\">Continue</button>");

        browser.post("/cas/userdata/accountDetails.cgi", Map.of());
        String ticket = landedTicket(browser, myRemote);
        assertThat(validate("/cas/serviceValidate", myRemote, ticket)).contains("<cas:sso>false</cas:sso>");

        browser.get("/cas/userdata/accountDetails.cgi");
        assertThat(browser.last().body()).as("shown once, after the sign-in")
                .doesNotContain("data-msg=\"details-after-sign-in\"").doesNotContain("id=\"continue\"");
        browser.get(loginUrl(elsewhere));
        assertThat(browser.page()).as("single sign-on is no sign-in: no details").isEqualTo("service");
    }

    @Test
    void without_a_service_continue_goes_to_the_successful_login_page() {
        configure(signIn(ANA, GOOD_PASSWORD), "detailsAfterSignIn");

        TestBrowser fresh = signIn(ANA, GOOD_PASSWORD);
        assertThat(fresh.page()).isEqualTo("account-details");
        fresh.post("/cas/userdata/accountDetails.cgi", Map.of());
        assertThat(fresh.page()).isEqualTo("login-success");
    }

    @Test
    void an_openid_connect_client_gets_its_code_after_the_details() {
        configure(signIn(ANA, GOOD_PASSWORD), "detailsAfterSignIn");

        Authorization request = authorization(BASIC);
        browser.get(request.url());
        typeAddressAndPassword();
        assertThat(browser.page()).isEqualTo("account-details");
        browser.post("/cas/userdata/accountDetails.cgi", Map.of());
        landedCode(browser, request);
    }

    @Test
    void continue_with_a_forged_csrf_token_goes_nowhere() {
        configure(signIn(ANA, GOOD_PASSWORD), "detailsAfterSignIn");
        browser.get(loginUrl(myRemote));
        typeAddressAndPassword();

        HttpResponse<String> refused = browser.postRaw("/cas/userdata/accountDetails.cgi", Map.of("csrf", "forged"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("data-msg=\"session-expired\"").contains("id=\"continue\"");
    }

    // ---- "Always require multi-factor authentication" ----

    @Test
    void a_basic_service_is_offered_only_the_second_factors_and_the_sms_signs_in() {
        TestBrowser settings = signIn(ANA, GOOD_PASSWORD);
        addPhone(settings);
        configure(settings, "alwaysMultiFactor");

        browser.get(loginUrl(myRemote));
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        assertThat(browser.last().body()).contains("<option value=\"PASSWORD_SMS\">Mobile Phone + SMS</option>")
                .doesNotContain("value=\"PASSWORD\"");

        HttpResponse<String> passwordAlone = browser.post("/cas/login",
                Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD"));
        assertThat(passwordAlone.statusCode()).isEqualTo(400);
        assertThat(passwordAlone.body()).contains("data-msg=\"method-unavailable\"");

        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        assertThat(browser.page()).isEqualTo("login-sms");
        browser.post("/cas/login/sms", Map.of("challenge", sms.lastCodeTo(NUMBER)));
        String ticket = landedTicket(browser, myRemote);
        assertThat(validate("/cas/serviceValidate", myRemote, ticket))
                .contains("<cas:strength>PASSWORD_SMS</cas:strength>")
                .contains("<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>");
    }

    @Test
    void a_password_only_single_sign_on_from_before_no_longer_opens_a_basic_service() {
        signInAt(browser, myRemote, ANA);
        addPhone(browser);
        configure(browser, "alwaysMultiFactor");

        browser.get(loginUrl(elsewhere));
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(browser.last().body()).contains("value=\"PASSWORD_SMS\"").doesNotContain("value=\"PASSWORD\"");
    }

    @Test
    void signing_in_without_a_service_asks_for_the_second_factor_too() {
        TestBrowser settings = signIn(ANA, GOOD_PASSWORD);
        addPhone(settings);
        configure(settings, "alwaysMultiFactor");

        TestBrowser fresh = identify(ANA);
        assertThat(fresh.last().body()).contains("value=\"PASSWORD_SMS\"").doesNotContain("value=\"PASSWORD\"");
        fresh.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(fresh.page()).as("the preselected method, not the password alone").isEqualTo("login-sms");
    }

    @Test
    void an_openid_connect_client_at_basic_gets_a_medium_sign_in() throws Exception {
        TestBrowser settings = signIn(ANA, GOOD_PASSWORD);
        addPhone(settings);
        configure(settings, "alwaysMultiFactor");

        Authorization request = authorization(BASIC);
        browser.get(request.url());
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        assertThat(browser.last().body()).contains("value=\"PASSWORD_SMS\"").doesNotContain("value=\"PASSWORD\"");
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        browser.post("/cas/login/sms", Map.of("challenge", sms.lastCodeTo(NUMBER)));
        AuthorizationCode code = landedCode(browser, request);
        assertThat(tokens(request, code).getOIDCTokens().getIDToken().getJWTClaimsSet().getStringClaim("acr"))
                .isEqualTo("https://ecas.ec.europa.eu/loa/medium");
    }

    @Test
    void without_the_option_the_password_alone_opens_a_basic_service() {
        TestBrowser settings = signIn(ANA, GOOD_PASSWORD);
        addPhone(settings);

        browser.get(loginUrl(myRemote));
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        assertThat(browser.last().body()).contains("value=\"PASSWORD\"");
    }

    /** The sign-in box the browser shows: Ana's address, NEXT, her password. */
    private void typeAddressAndPassword() {
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
    }
}
