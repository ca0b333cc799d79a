package lab.eulogin.idp.web;

import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.IdpServer;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /cas/login}'s parameters, single sign-on, the registry's pages and {@code /cas/logout}, over HTTP. */
class CasLoginTest extends CasTestBase {
    private static final String ANA = "ana@example.eu";

    @BeforeEach
    void accounts() {
        account(ANA, AccountKind.EXTERNAL);
    }

    @Test
    void the_sign_in_page_shows_which_application_asked() {
        browser.get(loginUrl(myRemote));
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.last().body()).contains("data-msg=\"requested-by\"")
                .contains("<strong data-field=\"service-name\">My Remote</strong>");
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(browser.last().body()).contains("<strong data-field=\"service-name\">My Remote</strong>");
    }

    @Test
    void an_unknown_application_gets_a_clear_page_and_no_redirect() {
        HttpResponse<String> page = browser.get(loginUrl("https://evil.example.org/steal"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(browser.page()).isEqualTo("service-unknown");
        assertThat(page.uri().getPath()).isEqualTo("/cas/login");
        assertThat(page.body()).contains("data-msg=\"service-unknown\"").contains("https://evil.example.org/steal");
        // Nor after signing in: the refused address was not kept.
        browser.get("/cas/login");
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("login-success");
    }

    @Test
    void an_address_that_only_starts_like_a_registered_one_is_unknown() {
        browser.get(loginUrl(services.url("/myremote.evil/")));
        assertThat(browser.page()).isEqualTo("service-unknown");
        browser.get(loginUrl(services.url("/myremote/\r\nSet-Cookie: x=y")));
        assertThat(browser.page()).isEqualTo("service-unknown");
    }

    @Test
    void a_second_service_signs_in_without_typing_anything_and_says_sso() {
        String first = signInAt(browser, myRemote, ANA);
        assertThat(validate("/cas/serviceValidate", myRemote, first)).contains("<cas:sso>false</cas:sso>");
        browser.get(loginUrl(myIntraComm));
        String second = landedTicket(browser, myIntraComm);
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(validate("/cas/serviceValidate", myIntraComm, second)).contains("<cas:sso>true</cas:sso>");
    }

    @Test
    void a_new_browser_session_must_sign_in_again() {
        signInAt(browser, myRemote, ANA);
        TestBrowser reopened = new TestBrowser(idp.baseUrl());
        reopened.get(loginUrl(myIntraComm));
        assertThat(reopened.page()).isEqualTo("login-identifier");
    }

    @Test
    void the_ticket_granting_cookie_is_session_only_http_only_and_same_site() {
        browser.get(loginUrl(myRemote));
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        HttpResponse<String> signedIn = browser.postNoFollow("/cas/login",
                Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith(myRemote + "?ticket=ST-"));
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("CASTGC=TGC-").contains("HttpOnly")
                .contains("SameSite=Lax").doesNotContain("Max-Age").doesNotContain("Expires").doesNotContainIgnoringCase("secure"));
    }

    @Test
    void on_https_the_ticket_granting_cookie_is_secure() throws Exception {
        try (IdpServer https = IdpServer.start(IdpConfig.defaults().withPort(0)
                .withPublicUrl("https://eulogin.lab.example/")
                .withJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withPbkdf2Iterations(10_000), clock)) {
            https.accountAdmin().createActive(new NewAccount(ANA, "Ana", "P", Locale.ENGLISH, AccountKind.EXTERNAL),
                    GOOD_PASSWORD, clock.instant());
            // Secure cookies do not come back over plain HTTP by themselves: this client carries the session by hand.
            HttpClient plain = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + https.port();
            HttpResponse<String> form = plain.send(HttpRequest.newBuilder(URI.create(base + loginUrl(myRemote))).build(),
                    HttpResponse.BodyHandlers.ofString());
            String session = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            assertThat(form.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("secure");
            Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertThat(csrf.find()).isTrue();
            for (String step : List.of("step=identifier&username=" + enc(ANA), "step=password&password=" + enc(GOOD_PASSWORD))) {
                HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(URI.create(base + "/cas/login"))
                        .header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(step + "&csrf=" + enc(csrf.group(1)))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(303);
                if (step.startsWith("step=password")) {
                    assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(c ->
                            assertThat(c).startsWith("CASTGC=TGC-").containsIgnoringCase("secure").contains("HttpOnly"));
                }
            }
        }
    }

    @Test
    void renew_asks_for_the_password_again_despite_single_sign_on() {
        signInAt(browser, myRemote, ANA);
        browser.get(loginUrl(myIntraComm, "renew=true"));
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(browser.last().body()).contains("data-field=\"email\">" + ANA);
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        String renewed = landedTicket(browser, myIntraComm);
        assertThat(validate("/cas/serviceValidate", myIntraComm, renewed, "renew=true"))
                .contains("<cas:authenticationSuccess>").contains("<cas:sso>false</cas:sso>");
    }

    @Test
    void jsis_online_asks_again_every_time_while_the_other_my_remote_apps_do_not() {
        signInAt(browser, myRemote, ANA);
        browser.get(loginUrl(jsis));
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(browser.last().body()).contains("<strong data-field=\"service-name\">JSIS Online</strong>");
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        String jsisTicket = landedTicket(browser, jsis);
        assertThat(validate("/cas/serviceValidate", jsis, jsisTicket)).contains("<cas:sso>false</cas:sso>");

        browser.get(loginUrl(myIntraComm));
        assertThat(landedTicket(browser, myIntraComm)).isNotNull();
        browser.get(loginUrl(jsis));
        assertThat(browser.page()).isEqualTo("login-password");
    }

    @Test
    void a_pending_second_sign_in_is_not_skipped_by_coming_back_to_the_sign_in_page() {
        signInAt(browser, myRemote, ANA);
        browser.get(loginUrl(jsis));
        assertThat(browser.page()).isEqualTo("login-password");
        browser.get("/cas/login");
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(browser.last().body()).contains("<strong data-field=\"service-name\">JSIS Online</strong>");
    }

    @Test
    void someone_else_may_sign_in_where_the_password_is_asked_again() {
        account("other@example.eu", AccountKind.EXTERNAL);
        signInAt(browser, myRemote, ANA);
        browser.get(loginUrl(jsis));
        assertThat(browser.page()).isEqualTo("login-password");
        browser.get("/cas/login?restart=1");
        assertThat(browser.page()).isEqualTo("login-identifier");
        browser.post("/cas/login", Map.of("step", "identifier", "username", "other@example.eu"));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        String ticket = landedTicket(browser, jsis);
        assertThat(validate("/cas/serviceValidate", jsis, ticket, "userDetails=true"))
                .contains("<cas:email>other@example.eu</cas:email>");
    }

    @Test
    void gateway_comes_back_without_a_ticket_when_nobody_is_signed_in_and_with_one_otherwise() {
        browser.get(loginUrl(myRemote, "gateway=true"));
        assertThat(browser.page()).isEqualTo("service");
        assertThat(ServiceStub.ticketIn(browser.last().uri())).isNull();

        signInAt(browser, myRemote, ANA);
        browser.get(loginUrl(myIntraComm, "gateway=true"));
        assertThat(landedTicket(browser, myIntraComm)).isNotNull();
        browser.get(loginUrl(jsis, "gateway=true"));
        assertThat(browser.page()).isEqualTo("service");
        assertThat(ServiceStub.ticketIn(browser.last().uri())).isNull();
    }

    @Test
    void the_ticket_joins_a_query_the_service_address_already_has() {
        String service = services.url("/myremote/page?tab=2");
        signInAt(browser, service, ANA);
        assertThat(browser.last().uri().getRawQuery()).startsWith("tab=2&ticket=ST-");
    }

    @Test
    void a_service_needing_a_second_factor_says_so_and_lists_only_the_methods_it_accepts() {
        browser.get(loginUrl(eures));
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("second-factor-required");
        assertThat(browser.last().body())
                .contains("<strong data-field=\"service-name\">EURES portal</strong>")
                .contains("data-msg=\"second-factor-required\"")
                .contains("data-method=\"PASSWORD_SMS\"").contains("Mobile Phone + SMS")
                .contains("data-method=\"PASSWORD_MOBILE_APP\"")
                .contains("data-method=\"PASSWORD_SOFTWARE_TOKEN\"")
                .doesNotContain("data-method=\"PASSWORD\"");
        // Signed in all the same: a password-only service still opens.
        browser.get(loginUrl(myIntraComm));
        assertThat(landedTicket(browser, myIntraComm)).isNotNull();
    }

    @Test
    void authentication_level_medium_steps_up_a_password_sign_in_and_sms_is_refused_after_its_date() {
        signInAt(browser, myRemote, ANA);
        // My Remote's methods include SMS until 30 June 2025; the lab clock is later than that.
        browser.get(loginUrl(myIntraComm, "authenticationLevel=MEDIUM"));
        assertThat(browser.page()).isEqualTo("second-factor-required");
        assertThat(browser.last().body())
                .contains("data-method=\"PASSWORD_MOBILE_APP\"").contains("data-method=\"PASSWORD_SOFTWARE_TOKEN\"")
                .doesNotContain("data-method=\"PASSWORD_SMS\"");
        browser.get("/cas/login?cancel=true");
        assertThat(browser.page()).isEqualTo("login-success");
    }

    @Test
    void an_authentication_level_that_does_not_exist_is_refused_with_a_page() {
        HttpResponse<String> page = browser.get(loginUrl(myRemote, "authenticationLevel=ULTRA"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(browser.page()).isEqualTo("login-request-invalid");
        assertThat(page.body()).contains("data-msg=\"authentication-level-invalid\"");
    }

    @Test
    void single_sign_on_ends_after_its_idle_time_and_after_its_maximum_lifetime() {
        signInAt(browser, myRemote, ANA);
        clock.advance(Duration.ofHours(7));
        browser.get(loginUrl(myIntraComm));
        assertThat(landedTicket(browser, myIntraComm)).isNotNull();
        clock.advance(Duration.ofHours(8).plusMinutes(1));
        browser.get(loginUrl(myIntraComm));
        // Asked to sign in again ("Welcome back" remembers the address, SIGN-02).
        assertThat(browser.page()).isEqualTo("login-password");

        TestBrowser busy = new TestBrowser(idp.baseUrl());
        signInAt(busy, myRemote, ANA);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofHours(7));
            busy.get(loginUrl(myIntraComm));
            assertThat(landedTicket(busy, myIntraComm)).isNotNull();
        }
        clock.advance(Duration.ofHours(3).plusMinutes(1));
        busy.get(loginUrl(myIntraComm));
        assertThat(busy.page()).isIn("login-identifier", "login-password");
    }

    @Test
    void logout_ends_single_sign_on_and_goes_back_only_to_a_registered_service() {
        signInAt(browser, myRemote, ANA);
        browser.get("/cas/logout?service=" + enc(myRemote));
        assertThat(browser.page()).isEqualTo("service");
        assertThat(browser.last().uri().toString()).isEqualTo(myRemote);
        browser.get(loginUrl(myIntraComm));
        assertThat(browser.page()).isIn("login-identifier", "login-password");

        signInAt(browser, myRemote, ANA);
        HttpResponse<String> page = browser.get("/cas/logout?service=" + enc("https://evil.example.org/"));
        assertThat(page.uri().getPath()).isEqualTo("/cas/logout");
        assertThat(browser.page()).isEqualTo("logged-out");
        assertThat(page.body()).contains("data-msg=\"logout-service-unknown\"");
        browser.get(loginUrl(myIntraComm));
        assertThat(browser.page()).isIn("login-identifier", "login-password");
    }

    @Test
    void strange_login_parameters_never_give_a_server_error() {
        assertThat(browser.get("/cas/login?service=&renew=maybe&gateway=").statusCode()).isLessThan(500);
        assertThat(browser.get("/cas/login?service=" + enc("x".repeat(5000))).statusCode()).isEqualTo(400);
        assertThat(browser.get("/cas/logout?url=javascript:alert(1)").statusCode()).isEqualTo(200);
    }

    @Test
    void a_registration_started_from_a_service_proceeds_to_it_even_from_another_browser() {
        browser.get(loginUrl(eures));
        String link = register("proceed@example.eu", "en");

        // The link opened elsewhere: nothing of the first browser's session comes along.
        TestBrowser elsewhere = new TestBrowser(idp.baseUrl());
        elsewhere.get(link);
        elsewhere.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, GOOD_PASSWORD, GOOD_PASSWORD));
        assertThat(elsewhere.page()).isEqualTo("password-set");
        assertThat(elsewhere.last().body()).contains("data-field=\"proceed-to\"").contains("EURES portal");
        Matcher proceed = Pattern.compile("id=\"proceed\"[^>]*href=\"([^\"]+)\"").matcher(elsewhere.last().body());
        assertThat(proceed.find()).as("a Proceed button").isTrue();

        // "Sign in to continue": the new password once more; then the EURES portal, which asks for
        // a second factor this new account has yet to set up (the FAQ's next step).
        elsewhere.get(proceed.group(1).replace("&amp;", "&"));
        if (elsewhere.page().equals("login-identifier")) {
            elsewhere.post("/cas/login", Map.of("step", "identifier", "username", "proceed@example.eu"));
        }
        assertThat(elsewhere.page()).isEqualTo("login-password");
        elsewhere.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(elsewhere.page()).isEqualTo("second-factor-required");
        assertThat(elsewhere.last().body()).contains("EURES portal");
    }

    @Test
    void a_registration_from_eu_login_itself_has_nowhere_to_proceed_to() {
        registerAndActivate("nowhere@example.eu");
        assertThat(browser.last().body()).doesNotContain("id=\"proceed\"");
    }
}
