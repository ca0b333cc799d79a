package lab.eulogin.idp.web;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logout endpoint asks before it ends a single sign-on that the request does not prove to be
 * its own (OpenID Connect RP-Initiated Logout 1.0, section 2): no {@code id_token_hint}, or one of
 * another person. A link on any site must not log people out of EU Login.
 */
class OidcLogoutConfirmationTest extends OidcTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String BEN = "ben@example.eu";
    private static final String CONFIRM = "/cas/oauth2/logout/confirm";

    @BeforeEach
    void accounts() {
        account(ANA, AccountKind.EXTERNAL);
        account(BEN, AccountKind.EXTERNAL);
    }

    @Test
    void a_bare_logout_request_asks_first_and_leaves_the_single_sign_on_in_place() {
        signInAt(browser, myRemote, ANA);

        browser.get("/cas/oauth2/logout");
        assertThat(browser.last().statusCode()).isEqualTo(200);
        assertThat(browser.page()).isEqualTo("logout-confirm");
        assertThat(browser.last().body()).contains("data-msg=\"logout-confirm\"").contains(ANA)
                .contains("action=\"" + CONFIRM + "\"").contains("id=\"cancel\" href=\"/cas/login\"");

        stillSignedIn();
    }

    @Test
    void the_question_is_a_page_of_eu_login_in_the_readers_language() {
        signInAt(browser, myRemote, ANA);
        browser.get("/cas/oauth2/logout?lang=fr");
        String page = browser.last().body();
        assertThat(page).contains("<html lang=\"fr\">").contains("Voulez-vous vous déconnecter")
                .contains(">Déconnexion</button>").contains(">Annuler</a>");
        assertThat(page.split("<h1", -1)).as("one heading").hasSize(2);
        // Every field the person sees is a button with its text; the rest are the form's hidden fields.
        assertThat(page).doesNotContainPattern("<input(?![^>]*type=\"hidden\")");
        assertThat(browser.hiddenFields()).containsOnlyKeys("csrf", "client_id", "post_logout_redirect_uri", "state");
    }

    @Test
    void another_persons_valid_hint_asks_first_and_leaves_the_single_sign_on_in_place() {
        JWT bens = idTokenOf(new TestBrowser(idp.baseUrl()), BEN);
        signInAt(browser, myRemote, ANA);

        browser.get(logoutUrl(bens, URI.create(services.url("/basic-app/")), new State()));
        assertThat(browser.page()).isEqualTo("logout-confirm");
        assertThat(browser.last().body()).contains(ANA);

        stillSignedIn();
    }

    @Test
    void the_persons_own_hint_logs_out_at_once_and_goes_back_with_the_state() {
        JWT anas = idTokenOf(browser, ANA);
        URI back = URI.create(services.url("/basic-app/"));
        State state = new State();

        browser.get(logoutUrl(anas, back, state));
        assertThat(browser.last().uri().toString()).isEqualTo(back + "?state=" + state.getValue());

        signedOut();
    }

    @Test
    void logout_on_the_question_logs_out_and_goes_back_to_the_clients_registered_address_with_the_state() {
        JWT bens = idTokenOf(new TestBrowser(idp.baseUrl()), BEN);
        signInAt(browser, myRemote, ANA);
        URI back = URI.create(services.url("/basic-app/"));
        State state = new State();
        browser.get(logoutUrl(bens, back, state));
        assertThat(browser.page()).isEqualTo("logout-confirm");

        browser.post(CONFIRM, browser.hiddenFields());
        assertThat(browser.last().uri().toString()).isEqualTo(back + "?state=" + state.getValue());

        signedOut();
    }

    @Test
    void logout_on_the_question_goes_back_only_to_an_address_the_client_registered() {
        signInAt(browser, myRemote, ANA);
        browser.get("/cas/oauth2/logout?client_id=basic-app&post_logout_redirect_uri=" + enc("https://evil.example.org/"));
        assertThat(browser.page()).isEqualTo("logout-confirm");

        browser.post(CONFIRM, browser.hiddenFields());
        assertThat(browser.page()).isEqualTo("logged-out");
        assertThat(browser.last().uri().toString()).startsWith(idp.baseUrl());
        assertThat(browser.last().body()).contains("data-msg=\"logout-service-unknown\"");
        signedOut();
    }

    @Test
    void a_forged_csrf_token_on_the_question_does_not_log_out() {
        signInAt(browser, myRemote, ANA);
        browser.get("/cas/oauth2/logout?client_id=basic-app&post_logout_redirect_uri=" + enc(services.url("/basic-app/")));
        Map<String, String> forged = new HashMap<>(browser.hiddenFields());
        forged.put("csrf", "forged");

        browser.post(CONFIRM, forged);
        assertThat(browser.last().statusCode()).isEqualTo(403);
        assertThat(browser.page()).isEqualTo("logout-confirm");
        assertThat(browser.last().body()).contains("data-msg=\"session-expired\"");

        stillSignedIn();
    }

    @Test
    void with_nobody_signed_in_there_is_nothing_to_ask_and_the_browser_goes_straight_back() {
        String back = services.url("/basic-app/");
        browser.get("/cas/oauth2/logout?client_id=basic-app&post_logout_redirect_uri=" + enc(back) + "&state=s1");
        assertThat(browser.last().uri().toString()).isEqualTo(back + "?state=s1");

        browser.get("/cas/oauth2/logout");
        assertThat(browser.page()).isEqualTo("logged-out");
    }

    /** An ID token for basic-app, of the person signed in through OpenID Connect in that browser. */
    private JWT idTokenOf(TestBrowser in, String email) {
        Authorization request = authorization(BASIC);
        return tokens(request, signInWithOidc(in, request, email)).getOIDCTokens().getIDToken();
    }

    private String logoutUrl(JWT hint, URI back, State state) {
        return new LogoutRequest(metadata().getEndSessionEndpointURI(), hint, back, state).toURI().toString();
    }

    /** A CAS service still gets its ticket without a page: the single sign-on is there. */
    private void stillSignedIn() {
        browser.get(loginUrl(myRemote));
        landedTicket(browser, myRemote);
    }

    private void signedOut() {
        browser.get(loginUrl(myRemote));
        assertThat(browser.page()).as("no single sign-on left").isIn("login-identifier", "login-password");
    }
}
