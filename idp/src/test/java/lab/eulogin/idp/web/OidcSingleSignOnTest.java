package lab.eulogin.idp.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.OIDCClaimsRequest;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.oauth2.sdk.id.State;
import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same accounts, pages and single sign-on as CAS, both ways, and what OIDC's request parameters change. */
class OidcSingleSignOnTest extends OidcTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String BOB = "bob@example.eu";
    private static final String NUMBER = "+32470123456";

    @BeforeEach
    void ana() {
        account(ANA, AccountKind.EXTERNAL);
        account(BOB, AccountKind.EXTERNAL);
    }

    @Test
    void signed_in_for_a_cas_service_an_oidc_client_gets_its_code_without_a_page() {
        signInAt(browser, myRemote, ANA);
        Authorization request = authorization(BASIC);
        browser.get(request.url());
        AuthorizationCode code = landedCode(browser, request);
        IDTokenClaimsSet claims = validated(tokens(request, code).getOIDCTokens().getIDToken(), request, JWSAlgorithm.PS512);
        assertThat(claims.getStringClaim("email")).isEqualTo(ANA);
    }

    @Test
    void signed_in_through_oidc_a_cas_service_gets_its_ticket_without_a_page() {
        signInWithOidc(browser, authorization(BASIC), ANA);
        browser.get(loginUrl(myRemote));
        String ticket = landedTicket(browser, myRemote);
        assertThat(validate("/cas/serviceValidate", myRemote, ticket)).contains("<cas:user>")
                .contains("<cas:sso>true</cas:sso>");
    }

    @Test
    void prompt_login_asks_for_the_password_again_and_auth_time_moves() {
        Authorization first = authorization(BASIC);
        IDTokenClaimsSet before = validated(tokens(first, signInWithOidc(browser, first, ANA))
                .getOIDCTokens().getIDToken(), first, JWSAlgorithm.PS512);
        clock.advance(Duration.ofSeconds(30));

        Authorization again = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.LOGIN)));
        browser.get(again.url());
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(browser.last().body()).contains(ANA);
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        IDTokenClaimsSet after = validatedLenient(tokens(again, landedCode(browser, again)), again);
        assertThat(after.getAuthenticationTime()).isAfter(before.getAuthenticationTime());
    }

    @Test
    void prompt_none_answers_login_required_without_a_page_and_a_code_when_signed_in() {
        Authorization silent = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.NONE)));
        browser.get(silent.url());
        assertThat(landedAnswer(browser, silent).toErrorResponse().getErrorObject().getCode()).isEqualTo("login_required");

        signInAt(browser, myRemote, ANA);
        Authorization silentAgain = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.NONE)));
        browser.get(silentAgain.url());
        landedCode(browser, silentAgain);
    }

    @Test
    void prompt_none_with_an_id_token_hint_of_someone_else_answers_login_required_and_of_the_person_a_code() {
        JWT bobs = idTokenOf(new TestBrowser(idp.baseUrl()), BOB);
        JWT anas = idTokenOf(browser, ANA);

        Authorization otherPerson = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.NONE)).idTokenHint(bobs));
        browser.get(otherPerson.url());
        assertThat(errorAt(otherPerson).getCode()).isEqualTo("login_required");

        Authorization samePerson = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.NONE)).idTokenHint(anas));
        browser.get(samePerson.url());
        IDTokenClaimsSet claims = validated(tokens(samePerson, landedCode(browser, samePerson)).getOIDCTokens()
                .getIDToken(), samePerson, JWSAlgorithm.PS512);
        assertThat(claims.getStringClaim("email")).isEqualTo(ANA);
    }

    @Test
    void prompt_none_with_a_login_hint_of_someone_else_answers_login_required_and_of_the_person_a_code() {
        signInAt(browser, myRemote, ANA);
        Authorization otherPerson = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.NONE)).loginHint(BOB));
        browser.get(otherPerson.url());
        assertThat(errorAt(otherPerson).getCode()).isEqualTo("login_required");

        Authorization samePerson = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.NONE))
                .loginHint(ANA.toUpperCase(java.util.Locale.ROOT)));
        browser.get(samePerson.url());
        landedCode(browser, samePerson);
    }

    @Test
    void an_id_token_hint_of_someone_else_asks_that_person_to_sign_in_and_answers_for_them_only() {
        JWT bobs = idTokenOf(new TestBrowser(idp.baseUrl()), BOB);
        signInAt(browser, myRemote, ANA);

        Authorization forBob = authorization(BASIC).with(b -> b.idTokenHint(bobs));
        browser.get(forBob.url());
        assertThat(browser.page()).as("no code from Ana's single sign-on").isEqualTo("login-identifier");
        assertThat(browser.last().body()).containsPattern("name=\"username\"[^>]*value=\"" + BOB + "\"");
        browser.post("/cas/login", Map.of("step", "identifier", "username", BOB));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        IDTokenClaimsSet claims = validated(tokens(forBob, landedCode(browser, forBob)).getOIDCTokens().getIDToken(),
                forBob, JWSAlgorithm.PS512);
        assertThat(claims.getStringClaim("email")).isEqualTo(BOB);

        // Bob is signed in now: a hint of his answers at once.
        Authorization again = authorization(BASIC).with(b -> b.idTokenHint(bobs));
        browser.get(again.url());
        landedCode(browser, again);
    }

    @Test
    void someone_else_signing_in_for_an_id_token_hint_gets_login_required_and_no_code() {
        JWT bobs = idTokenOf(new TestBrowser(idp.baseUrl()), BOB);
        Authorization forBob = authorization(BASIC).with(b -> b.idTokenHint(bobs));
        browser.get(forBob.url());
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(errorAt(forBob).getCode()).isEqualTo("login_required");
    }

    @Test
    void an_id_token_hint_of_a_person_whose_account_is_gone_answers_login_required_without_a_page() {
        JWT bobs = idTokenOf(new TestBrowser(idp.baseUrl()), BOB);
        // The lab's reset empties the accounts and keeps the signing keys: the token still verifies.
        assertThat(browser.postRaw("/__lab/reset", Map.of()).statusCode()).isEqualTo(200);
        Authorization forBob = authorization(BASIC).with(b -> b.idTokenHint(bobs));
        browser.get(forBob.url());
        assertThat(errorAt(forBob).getCode()).isEqualTo("login_required");
    }

    @Test
    void an_id_token_hint_this_provider_did_not_sign_is_an_invalid_request() {
        signInAt(browser, myRemote, ANA);
        JWT forged = new PlainJWT(new JWTClaimsSet.Builder().issuer(idp.baseUrl() + "/cas/oauth2").subject("x")
                .audience(BASIC.getValue()).build());
        for (Prompt prompt : new Prompt[] {new Prompt(Prompt.Type.NONE), null}) {
            Authorization request = authorization(BASIC).with(b -> b.prompt(prompt).idTokenHint(forged));
            browser.get(request.url());
            assertThat(errorAt(request).getCode()).as(String.valueOf(prompt)).isEqualTo("invalid_request");
        }
    }

    @Test
    void max_age_asks_again_once_the_sign_in_is_older() {
        signInAt(browser, myRemote, ANA);
        clock.advance(Duration.ofMinutes(10));

        Authorization recentEnough = authorization(BASIC).with(b -> b.maxAge(3600));
        browser.get(recentEnough.url());
        landedCode(browser, recentEnough);

        Authorization tooOld = authorization(BASIC).with(b -> b.maxAge(60));
        browser.get(tooOld.url());
        assertThat(browser.page()).isEqualTo("login-password");
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        landedCode(browser, tooOld);
    }

    @Test
    void login_hint_fills_in_the_address() {
        Authorization request = authorization(BASIC).with(b -> b.loginHint(ANA));
        browser.get(request.url());
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.last().body()).containsPattern("name=\"username\"[^>]*value=\"" + ANA + "\"");
    }

    @Test
    void asked_again_for_someone_else_the_sign_in_box_starts_from_that_address() {
        signInAt(browser, myRemote, ANA);
        Authorization request = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.LOGIN)).loginHint(BOB));
        browser.get(request.url());
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.last().body()).containsPattern("name=\"username\"[^>]*value=\"" + BOB + "\"");

        Authorization same = authorization(BASIC).with(b -> b.prompt(new Prompt(Prompt.Type.LOGIN)).loginHint(ANA));
        browser.get(same.url());
        assertThat(browser.page()).as("the password of the person signed in").isEqualTo("login-password");
    }

    @Test
    void a_client_that_always_asks_again_gets_the_password_asked_despite_single_sign_on() {
        signInAt(browser, myRemote, ANA);
        Authorization request = authorization(AGAIN);
        browser.get(request.url());
        assertThat(browser.page()).isEqualTo("login-password");
    }

    @Test
    void acr_values_medium_goes_through_the_sms_step_and_the_token_says_so() {
        addPhone();
        Authorization request = authorization(BASIC).with(b -> b.acrValues(
                List.of(new ACR("https://ecas.ec.europa.eu/loa/medium"))));
        secondFactorBySms(request);
    }

    @Test
    void an_acr_asked_through_the_claims_parameter_goes_through_the_sms_step() {
        addPhone();
        Authorization request = authorization(BASIC).with(b -> b.claims(parseClaims(
                "{\"id_token\": {\"acr\": {\"essential\": true, \"values\": [\"https://ecas.ec.europa.eu/loa/medium\"]}}}")));
        secondFactorBySms(request);
    }

    @Test
    void an_essential_acr_naming_no_level_of_eu_login_is_refused() {
        Authorization request = authorization(BASIC).with(b -> b.claims(parseClaims(
                "{\"id_token\": {\"acr\": {\"essential\": true, \"values\": [\"urn:other:gold\"]}}}")));
        browser.get(request.url());
        AuthenticationResponse answer = landedAnswer(browser, request);
        assertThat(answer.indicatesSuccess()).isFalse();
        assertThat(answer.toErrorResponse().getErrorObject().getCode()).isEqualTo("unmet_authentication_requirements");
    }

    @Test
    void changing_the_password_ends_the_sign_ins_of_other_browsers_their_access_tokens_and_their_codes() {
        TestBrowser intruder = new TestBrowser(idp.baseUrl());
        Authorization theirs = authorization(BASIC);
        AccessToken stolen = tokens(theirs, signInWithOidc(intruder, theirs, ANA)).getOIDCTokens().getAccessToken();
        Authorization held = authorization(BASIC);
        intruder.get(held.url());
        AuthorizationCode heldCode = landedCode(intruder, held);
        Authorization mine = authorization(BASIC);
        signInWithOidc(browser, mine, ANA);

        browser.get("/cas/userdata/changePassword.cgi");
        browser.post("/cas/userdata/changePassword.cgi", Map.of("currentPassword", GOOD_PASSWORD,
                "password", "Another-Pass-8", "passwordConfirm", "Another-Pass-8"));
        assertThat(browser.last().body()).contains("data-msg=\"account-updated\"");

        intruder.get(authorization(BASIC).url());
        assertThat(intruder.page()).as("no single sign-on left elsewhere").isIn("login-identifier", "login-password");
        intruder.get("/cas/userdata/myAccount.cgi");
        assertThat(intruder.page()).as("no My Account left elsewhere").isIn("login-identifier", "login-password");
        assertThat(userInfo(stolen).getStatusCode()).isEqualTo(401);
        HTTPResponse late = redeem(held, heldCode, basicAuth(held.client));
        assertThat(late.getStatusCode()).as("a code got before the change, redeemed after: " + late.getBody()).isEqualTo(400);
        assertThat(late.getBody()).contains("invalid_grant");

        Authorization again = authorization(BASIC);
        browser.get(again.url());
        assertThat(landedCode(browser, again)).as("the browser that changed it stays signed in").isNotNull();
        browser.get("/cas/userdata/myAccount.cgi");
        assertThat(browser.page()).isEqualTo("my-account");
    }

    @Test
    void a_client_registered_at_medium_goes_through_the_sms_step() {
        addPhone();
        secondFactorBySms(authorization(STRONG));
    }

    @Test
    void end_session_ends_cas_single_sign_on_and_goes_back_to_a_registered_address_only() {
        Authorization request = authorization(BASIC);
        OIDCTokenResponse tokens = tokens(request, signInWithOidc(browser, request, ANA));
        URI back = URI.create(services.url("/basic-app/"));
        State state = new State();
        browser.get(new LogoutRequest(metadata().getEndSessionEndpointURI(), tokens.getOIDCTokens().getIDToken(),
                back, state).toURI().toString());
        assertThat(browser.last().uri().toString()).isEqualTo(back + "?state=" + state.getValue());

        browser.get(loginUrl(myRemote));
        assertThat(browser.page()).as("no single sign-on left for CAS").isIn("login-identifier", "login-password");

        // Signed in again: a new single sign-on, but the token is still this person's, so no question is asked.
        signInAt(browser, myRemote, ANA);
        browser.get(new LogoutRequest(metadata().getEndSessionEndpointURI(), tokens.getOIDCTokens().getIDToken(),
                URI.create("https://evil.example.org/"), null).toURI().toString());
        assertThat(browser.page()).isEqualTo("logged-out");
        assertThat(browser.last().body()).contains("data-msg=\"logout-service-unknown\"");
        browser.get(loginUrl(myRemote));
        assertThat(browser.page()).isIn("login-identifier", "login-password");
    }

    @Test
    void end_session_by_client_id_alone_goes_back_to_that_clients_registered_address_only() {
        signInWithOidc(browser, authorization(BASIC), ANA);
        String back = services.url("/basic-app/");
        browser.get("/cas/oauth2/logout?client_id=basic-app&post_logout_redirect_uri=" + enc(back));
        // No hint says whose sign-in this is: EU Login asks first, then goes back.
        assertThat(browser.page()).isEqualTo("logout-confirm");
        browser.post("/cas/oauth2/logout/confirm", browser.hiddenFields());
        assertThat(browser.last().uri().toString()).isEqualTo(back);

        // Another client's address is not basic-app's to go back to.
        browser.get("/cas/oauth2/logout?client_id=basic-app&post_logout_redirect_uri="
                + enc(services.url("/post-app/")));
        assertThat(browser.page()).isEqualTo("logged-out");
    }

    @Test
    void userinfo_gives_the_claims_of_the_scopes_to_the_bearer() throws Exception {
        Authorization request = authorization(BASIC);
        AccessToken token = tokens(request, signInWithOidc(browser, request, ANA)).getOIDCTokens().getAccessToken();
        HTTPResponse answer = userInfo(token);
        assertThat(answer.getStatusCode()).isEqualTo(200);
        assertThat(answer.getBodyAsJSONObject()).containsEntry("email", ANA)
                .containsEntry("https://ecas.ec.europa.eu/claims/domain", "external");
    }

    /** The ID token a client got for this person, signed in through it in that browser. */
    private JWT idTokenOf(TestBrowser someone, String email) {
        Authorization request = authorization(BASIC);
        return tokens(request, signInWithOidc(someone, request, email)).getOIDCTokens().getIDToken();
    }

    private ErrorObject errorAt(Authorization request) {
        AuthenticationResponse answer = landedAnswer(browser, request);
        assertThat(answer.indicatesSuccess()).as("an error, not a code").isFalse();
        return answer.toErrorResponse().getErrorObject();
    }

    private HTTPResponse userInfo(AccessToken token) {
        HTTPRequest userInfo = new HTTPRequest(HTTPRequest.Method.GET, metadata().getUserInfoEndpointURI());
        userInfo.setAuthorization(token.toAuthorizationHeader());
        return send(userInfo);
    }

    private static OIDCClaimsRequest parseClaims(String json) {
        try {
            return OIDCClaimsRequest.parse(json);
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void addPhone() {
        TestBrowser owner = signIn(ANA, GOOD_PASSWORD);
        owner.get("/cas/userdata/addMobilePhone.cgi");
        owner.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", NUMBER));
        owner.post("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", sms.lastCodeTo(NUMBER)));
        assertThat(owner.page()).isEqualTo("mobile-phones");
        // Past the pause between two codes to one number.
        clock.advance(Duration.ofMinutes(1));
    }

    private void secondFactorBySms(Authorization request) {
        browser.get(request.url());
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(browser.last().body()).contains("value=\"PASSWORD_SMS\"").doesNotContain("value=\"PASSWORD\"");
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_SMS"));
        assertThat(browser.page()).isEqualTo("login-sms");
        browser.post("/cas/login/sms", Map.of("challenge", sms.lastCodeTo(NUMBER)));
        IDTokenClaimsSet claims = validatedLenient(tokens(request, landedCode(browser, request)), request);
        assertThat(claims.getACR().getValue()).isEqualTo("https://ecas.ec.europa.eu/loa/medium");
        assertThat(claims.getAMR()).extracting(Object::toString).containsExactly("pwd", "sms", "mfa");
    }

    /** Validated as a client does, with room for the lab clock having been moved ahead of this machine's. */
    private IDTokenClaimsSet validatedLenient(OIDCTokenResponse tokens, Authorization request) {
        return validated(tokens.getOIDCTokens().getIDToken(), request, JWSAlgorithm.PS512, Duration.ofMinutes(15));
    }
}
