package lab.eulogin.idp.web;

import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.webauthn.SecurityKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Security Key or Trusted Platform" (FAQ APP-09) over HTTP: registering a key in My Account,
 * signing in with it, and every answer an attacker or a broken browser could post instead.
 */
class SecurityKeysTest extends CasTestBase {
    private static final String ANA = "ana@example.eu";
    private final TestAuthenticator key = new TestAuthenticator();
    private String origin;

    @BeforeEach
    void anaSignedIn() {
        account(ANA, AccountKind.EXTERNAL);
        browser = signIn(ANA, GOOD_PASSWORD);
        origin = idp.baseUrl();
    }

    /** "Add a Security Key or Trusted Platform" with a name: the page that asks the browser. */
    private String registrationPage(String name) {
        browser.get("/cas/userdata/addSecurityKey.cgi");
        browser.post("/cas/userdata/addSecurityKey.cgi", Map.of("keyName", name));
        assertThat(browser.page()).isEqualTo("security-key-register");
        return browser.last().body();
    }

    private void register(String name) {
        browser.post("/cas/userdata/registerSecurityKey.cgi", key.register(registrationPage(name), origin));
        assertThat(browser.page()).isEqualTo("security-keys");
        assertThat(browser.last().body()).contains("data-key=\"" + name + "\"").contains("data-msg=\"key-added\"");
    }

    /** A fresh browser from My Remote, past the password with "Security Key or Trusted Platform". */
    private TestBrowser atTheKeyStep() {
        TestBrowser other = new TestBrowser(idp.baseUrl());
        other.get(loginUrl(myRemote));
        other.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        assertThat(other.last().body()).contains("<option value=\"PASSWORD_WEBAUTHN\">Security Key or Trusted Platform</option>");
        other.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD, "method", "PASSWORD_WEBAUTHN"));
        assertThat(other.page()).isEqualTo("login-security-key");
        return other;
    }

    private List<SecurityKey> stored() {
        return idp.securityKeys().keys().of(idp.accountAdmin().find(ANA).orElseThrow().id());
    }

    @Test
    void a_key_registered_in_my_account_signs_in_as_the_second_factor_and_the_service_is_told_so() {
        browser.get("/cas/userdata/myAccount.cgi");
        assertThat(browser.last().body()).contains("id=\"menu-security-keys\" href=\"/cas/userdata/securityKeys.cgi\"");
        String page = registrationPage("Blue USB key");
        assertThat(TestAuthenticator.ceremony(page)).containsEntry("rp-id", "localhost").containsEntry("mode", "create");
        browser.post("/cas/userdata/registerSecurityKey.cgi", key.register(page, origin));
        assertThat(browser.page()).isEqualTo("security-keys");
        assertThat(stored()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("Blue USB key");
            assertThat(k.credentialId()).isEqualTo(key.credentialId());
            assertThat(k.lastUsedAt()).isNull();
        });

        TestBrowser other = atTheKeyStep();
        other.post("/cas/login/security-key", key.signIn(other.last().body(), origin));
        String ticket = landedTicket(other, myRemote);
        assertThat(validate("/cas/serviceValidate", myRemote, ticket))
                .contains("<cas:strength>PASSWORD_WEBAUTHN</cas:strength>")
                .contains("<cas:securityKey>Blue USB key</cas:securityKey>")
                .contains("<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>");
        assertThat(stored().get(0).signCount()).isEqualTo(key.counter());
        assertThat(stored().get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void the_name_is_required_not_too_long_and_not_one_the_account_already_uses() {
        browser.get("/cas/userdata/addSecurityKey.cgi");
        browser.post("/cas/userdata/addSecurityKey.cgi", Map.of("keyName", "  "));
        assertThat(browser.page()).isEqualTo("add-security-key");
        assertThat(browser.last().body()).contains("data-msg=\"key-name-required\"");
        browser.post("/cas/userdata/addSecurityKey.cgi", Map.of("keyName", "x".repeat(41)));
        assertThat(browser.last().body()).contains("data-msg=\"key-name-invalid\"");
        register("Laptop");
        browser.get("/cas/userdata/addSecurityKey.cgi");
        browser.post("/cas/userdata/addSecurityKey.cgi", Map.of("keyName", "laptop"));
        assertThat(browser.page()).isEqualTo("add-security-key");
        assertThat(browser.last().body()).contains("data-msg=\"key-name-taken\"");
    }

    @Test
    void a_registration_for_another_origin_or_rp_id_or_with_a_malformed_body_is_refused_and_nothing_is_stored() {
        String page = registrationPage("Phished key");
        browser.post("/cas/userdata/registerSecurityKey.cgi", key.register(page, "http://evil.example:" + 80));
        assertRefused("add-security-key", "security-key-check-failed");

        page = registrationPage("Phished key");
        browser.post("/cas/userdata/registerSecurityKey.cgi", key.register(page, origin, "evil.example"));
        assertRefused("add-security-key", "security-key-check-failed");

        registrationPage("Broken");
        browser.post("/cas/userdata/registerSecurityKey.cgi", Map.of("clientDataJSON", "%%%not base64%%%",
                "attestationObject", "AAAA"));
        assertRefused("add-security-key", "security-key-check-failed");

        // The answer replayed once its ceremony is used: no ceremony is waiting any more.
        page = registrationPage("Twice");
        Map<String, String> answer = key.register(page, origin);
        browser.post("/cas/userdata/registerSecurityKey.cgi", answer);
        browser.post("/cas/userdata/registerSecurityKey.cgi", answer);
        assertRefused("add-security-key", "security-key-expired");
        assertThat(stored()).extracting(SecurityKey::name).containsExactly("Twice");
    }

    @Test
    void a_key_the_browser_says_is_registered_already_or_that_did_not_answer_is_explained() {
        registrationPage("Again");
        browser.post("/cas/userdata/registerSecurityKey.cgi", Map.of("error", "InvalidStateError"));
        assertRefused("add-security-key", "security-key-already-registered");
        registrationPage("Again");
        browser.post("/cas/userdata/registerSecurityKey.cgi", Map.of("error", "NotAllowedError"));
        assertRefused("add-security-key", "security-key-no-answer");
    }

    @Test
    void a_forged_signature_a_wrong_origin_or_rp_id_and_an_unknown_key_do_not_sign_in() {
        register("Blue USB key");
        TestBrowser other = atTheKeyStep();

        other.post("/cas/login/security-key", key.signIn(other.last().body(), origin, "localhost", 1,
                new TestAuthenticator().keys()));
        assertRefusedAt(other, "security-key-check-failed");
        other.post("/cas/login/security-key", key.signIn(other.last().body(), "http://localhost:1"));
        assertRefusedAt(other, "security-key-check-failed");
        other.post("/cas/login/security-key", key.signIn(other.last().body(), origin, "example.eu", 2, key.keys()));
        assertRefusedAt(other, "security-key-check-failed");
        TestAuthenticator stranger = new TestAuthenticator();
        other.post("/cas/login/security-key", stranger.signIn(other.last().body(), origin));
        assertRefusedAt(other, "security-key-not-recognised");
        Map<String, String> malformed = new HashMap<>(key.signIn(other.last().body(), origin));
        malformed.put("authenticatorData", "!!");
        other.post("/cas/login/security-key", malformed);
        assertRefusedAt(other, "security-key-check-failed");

        assertThat(stored().get(0).signCount()).as("nothing stored").isZero();
        assertThat(stored().get(0).lastUsedAt()).isNull();
        other.post("/cas/login/security-key", key.signIn(other.last().body(), origin));
        landedTicket(other, myRemote);
    }

    @Test
    void a_replayed_answer_and_a_counter_that_goes_backwards_are_refused() {
        register("Blue USB key");
        TestBrowser first = atTheKeyStep();
        Map<String, String> answer = key.signIn(first.last().body(), origin, "localhost", 5, key.keys());
        first.post("/cas/login/security-key", answer);
        landedTicket(first, myRemote);

        TestBrowser replaying = atTheKeyStep();
        replaying.post("/cas/login/security-key", answer);
        assertRefusedAt(replaying, "security-key-check-failed");

        // A copy of the key, behind the original: its counter is older than the last one seen.
        replaying.post("/cas/login/security-key", key.signIn(replaying.last().body(), origin, "localhost", 3, key.keys()));
        assertRefusedAt(replaying, "security-key-counter");
        assertThat(stored().get(0).signCount()).isEqualTo(5);
    }

    @Test
    void the_lab_registers_a_key_as_the_operator_would_and_the_authenticator_holding_it_signs_in() {
        String publicKey = Base64.getEncoder().encodeToString(key.keys().getPublic().getEncoded());
        Map<String, String> fields = Map.of("email", ANA, "name", "Lab key", "credentialId", key.credentialId(),
                "publicKey", publicKey);
        assertThat(new TestBrowser(idp.baseUrl()).postRaw("/__lab/accounts/security-keys", fields).statusCode()).isEqualTo(201);
        assertThat(stored()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("Lab key");
            assertThat(k.credentialId()).isEqualTo(key.credentialId());
        });

        TestBrowser other = atTheKeyStep();
        other.post("/cas/login/security-key", key.signIn(other.last().body(), origin));
        assertThat(validate("/cas/serviceValidate", myRemote, landedTicket(other, myRemote)))
                .contains("<cas:securityKey>Lab key</cas:securityKey>");
    }

    @Test
    void the_lab_refuses_a_key_the_page_would_refuse_or_that_is_not_a_key_and_stores_nothing_more() {
        String publicKey = Base64.getEncoder().encodeToString(key.keys().getPublic().getEncoded());
        TestBrowser lab = new TestBrowser(idp.baseUrl());
        assertThat(lab.postRaw("/__lab/accounts/security-keys", Map.of("email", ANA, "name", "Lab key",
                "credentialId", key.credentialId(), "publicKey", publicKey)).statusCode()).isEqualTo(201);

        assertThat(lab.postRaw("/__lab/accounts/security-keys", Map.of("email", ANA, "name", "Other",
                "credentialId", key.credentialId(), "publicKey", publicKey)).statusCode())
                .as("the same credential again").isEqualTo(409);
        assertThat(lab.postRaw("/__lab/accounts/security-keys", Map.of("email", ANA, "name", "lab KEY",
                "credentialId", "b3RoZXI", "publicKey", publicKey)).statusCode()).as("a name taken").isEqualTo(400);
        assertThat(lab.postRaw("/__lab/accounts/security-keys", Map.of("email", ANA, "name", " ",
                "credentialId", "b3RoZXI", "publicKey", publicKey)).statusCode()).as("no name").isEqualTo(400);
        assertThat(lab.postRaw("/__lab/accounts/security-keys", Map.of("email", ANA, "name", "Other",
                "credentialId", "b3RoZXI", "publicKey", "bm90IGEga2V5")).statusCode()).as("not a key").isEqualTo(400);
        assertThat(lab.postRaw("/__lab/accounts/security-keys", Map.of("email", ANA, "name", "Other",
                "credentialId", "not base64url!", "publicKey", publicKey)).statusCode()).as("a bad id").isEqualTo(400);
        assertThat(lab.postRaw("/__lab/accounts/security-keys", Map.of("email", ANA, "name", "Other",
                "credentialId", "A".repeat(1400), "publicKey", publicKey)).statusCode()).as("an id too long").isEqualTo(400);
        assertThat(lab.postRaw("/__lab/accounts/security-keys", Map.of("email", "nobody@example.eu", "name", "Other",
                "credentialId", "b3RoZXI", "publicKey", publicKey)).statusCode()).isEqualTo(404);
        assertThat(stored()).extracting(SecurityKey::name).containsExactly("Lab key");
    }

    @Test
    void a_deleted_key_no_longer_signs_in_and_panic_removes_the_keys_with_the_devices() {
        register("Blue USB key");
        TestBrowser waiting = atTheKeyStep();
        String challengePage = waiting.last().body();

        browser.get("/cas/userdata/securityKeys.cgi");
        browser.post("/cas/userdata/securityKeys.cgi", Map.of("key", Long.toString(stored().get(0).id())));
        assertThat(browser.last().body()).contains("data-msg=\"key-deleted\"").contains("data-msg=\"no-keys\"");
        waiting.post("/cas/login/security-key", key.signIn(challengePage, origin));
        assertThat(waiting.page()).as("no key left: back to the sign-in box").isEqualTo("login-password");
        assertThat(waiting.last().body()).doesNotContain("PASSWORD_WEBAUTHN");

        register("Laptop");
        browser.get("/cas/mobile/panic");
        assertThat(browser.last().body()).contains("data-field=\"key-count\"");
        browser.post("/cas/mobile/panic", Map.of());
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_service_needing_a_second_factor_offers_to_add_a_key_where_it_accepts_one_and_not_on_eures() {
        TestBrowser other = new TestBrowser(idp.baseUrl());
        signInAt(other, myRemote, ANA);
        other.get(loginUrl(myRemote, "authenticationLevel=MEDIUM"));
        assertThat(other.page()).isEqualTo("second-factor-required");
        assertThat(other.last().body()).contains("data-method=\"PASSWORD_WEBAUTHN\"").contains("data-msg=\"second-factor-key\"")
                .contains("id=\"security-keys\" class=\"button secondary\" href=\"/cas/userdata/securityKeys.cgi\"");

        other.get(loginUrl(eures));
        assertThat(other.page()).isEqualTo("second-factor-required");
        assertThat(other.last().body()).doesNotContain("PASSWORD_WEBAUTHN").doesNotContain("id=\"security-keys\"");
    }

    @Test
    void the_key_step_without_a_ceremony_or_with_a_stale_csrf_token_is_refused_without_an_error_page() {
        TestBrowser stranger = new TestBrowser(idp.baseUrl());
        stranger.get("/cas/login");
        HttpResponse<String> nothing = stranger.post("/cas/login/security-key", Map.of("signature", "AAAA"));
        assertThat(nothing.statusCode()).isLessThan(500);
        assertThat(stranger.page()).as("no key step is waiting: the sign-in box").isEqualTo("login-identifier");
        register("Blue USB key");
        TestBrowser other = atTheKeyStep();
        Map<String, String> answer = new HashMap<>(key.signIn(other.last().body(), origin));
        answer.put("csrf", "stale");
        other.postRaw("/cas/login/security-key", answer);
        assertThat(other.last().statusCode()).isEqualTo(403);
        assertThat(other.page()).isEqualTo("login-security-key");
    }

    private void assertRefused(String page, String message) {
        assertRefusedAt(browser, page, message);
        assertThat(stored()).extracting(SecurityKey::name).doesNotContain("Phished key", "Broken", "Again");
    }

    private static void assertRefusedAt(TestBrowser browser, String message) {
        assertRefusedAt(browser, "login-security-key", message);
    }

    private static void assertRefusedAt(TestBrowser browser, String page, String message) {
        assertThat(browser.last().statusCode()).isLessThan(500);
        assertThat(browser.page()).isEqualTo(page);
        assertThat(browser.last().body()).contains("data-msg=\"" + message + "\"");
    }
}
