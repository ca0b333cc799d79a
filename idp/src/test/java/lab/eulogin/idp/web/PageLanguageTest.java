package lab.eulogin.idp.web;

import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.support.StaffRole;
import lab.eulogin.idp.support.SupportStaff;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language of the pages: the browser's own until one is picked, the one picked kept past
 * sign-out, and dates and the "Page not found" page in it too.
 */
class PageLanguageTest extends IdpTestBase {
    private static final String ANA = "ana@example.eu";
    private static final String STAFF_PASSWORD = "Support-Desk-2026!";

    /** Stopped, so that the dates on the pages are known to the minute. */
    @Override
    LabClock startingClock() {
        return new LabClock(Clock.fixed(Instant.parse("2026-12-02T16:35:00Z"), ZoneOffset.UTC));
    }

    private void ana() {
        idp.accountAdmin().createActive(new NewAccount(ANA, "Ana", "Pérez", Locale.ENGLISH, AccountKind.EXTERNAL),
                GOOD_PASSWORD, clock.instant());
    }

    private TestBrowser browserIn(String acceptLanguage) {
        return new TestBrowser(idp.baseUrl(), acceptLanguage);
    }

    private static void signIn(TestBrowser browser) {
        browser.get("/cas/login");
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("login-success");
    }

    @Test
    void a_french_or_german_browser_gets_the_sign_in_page_in_its_language() {
        assertThat(browserIn("fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7").get("/cas/login").body())
                .contains("<html lang=\"fr\">").contains("Connectez-vous pour continuer");
        assertThat(browserIn("de-AT,de;q=0.9").get("/cas/login").body())
                .contains("<html lang=\"de\">").contains("Melden Sie sich an, um fortzufahren");
        assertThat(browserIn("es-ES,es;q=0.9,de;q=0.5").get("/cas/login").body())
                .as("the first language the lab has").contains("<html lang=\"de\">");
    }

    @Test
    void a_browser_in_a_language_the_lab_does_not_have_gets_english() {
        TestBrowser spanish = browserIn("es-ES,es;q=0.9");
        assertThat(spanish.get("/cas/login").body()).contains("<html lang=\"en\">").contains("Sign in to continue");
        HttpResponse<String> asked = spanish.get("/cas/login?lang=es");
        assertThat(asked.body()).contains("<html lang=\"en\">");
        assertThat(asked.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("EULOGIN_LANG="));
        assertThat(new TestBrowser(idp.baseUrl()).get("/cas/login").body()).as("no Accept-Language at all")
                .contains("<html lang=\"en\">");
    }

    @Test
    void the_language_picked_is_kept_in_an_http_only_cookie_for_a_year() {
        HttpResponse<String> picked = browser.get("/cas/help.html?lang=de");
        assertThat(picked.body()).contains("<html lang=\"de\">");
        assertThat(picked.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("EULOGIN_LANG="))
                .singleElement().satisfies(cookie -> assertThat(cookie).startsWith("EULOGIN_LANG=de;")
                        .contains("Path=/").contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=31536000"));
    }

    @Test
    void the_language_picked_outlives_sign_out_and_beats_the_browsers() {
        ana();
        TestBrowser german = browserIn("de");
        signIn(german);
        german.get("/cas/userdata/myAccount.cgi?lang=fr");
        assertThat(german.last().body()).contains("<html lang=\"fr\">");

        german.get("/cas/logout");
        assertThat(german.page()).isEqualTo("logged-out");
        assertThat(german.last().body()).contains("<html lang=\"fr\">").contains("Se reconnecter");
        german.get("/cas/login");
        assertThat(german.page()).as("Welcome back (FAQ SIGN-02)").isEqualTo("login-password");
        assertThat(german.last().body()).as("Sign in again").contains("<html lang=\"fr\">").contains("Bienvenue");
    }

    @Test
    void a_mailed_link_opens_in_the_language_of_the_browser_that_follows_it() {
        String link = register("jean@example.fr", "en");
        TestBrowser french = browserIn("fr-BE,fr;q=0.9");
        french.get(link);
        assertThat(french.page()).isEqualTo("new-password");
        assertThat(french.last().body()).contains("<html lang=\"fr\">");
    }

    @Test
    void page_not_found_is_in_the_sessions_language_with_the_language_links() {
        browser.get("/cas/login?lang=de");
        HttpResponse<String> missing = browser.get("/cas/nope?x=1");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(browser.page()).isEqualTo("not-found");
        assertThat(missing.body()).contains("<html lang=\"de\">").contains("Seite nicht gefunden")
                .contains("href=\"/cas/nope?x=1&amp;lang=fr\"");

        HttpResponse<String> switched = browser.get("/cas/nope?x=1&lang=fr");
        assertThat(switched.statusCode()).isEqualTo(404);
        assertThat(switched.body()).contains("<html lang=\"fr\">").contains("Page introuvable");

        HttpResponse<String> wrongMethod = browser.postRaw("/cas/help.html", Map.of());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("<html lang=\"fr\">").contains("Page introuvable");

        assertThat(browserIn("de").get("/cas/nope").body()).as("a browser without a session yet")
                .contains("<html lang=\"de\">").contains("Seite nicht gefunden");
    }

    @Test
    void page_not_found_starts_no_session_so_a_stray_request_cannot_replace_a_sign_ins_cookie() {
        HttpResponse<String> fresh = browserIn("fr").get("/favicon.ico");
        assertThat(fresh.statusCode()).isEqualTo(404);
        assertThat(fresh.headers().allValues("Set-Cookie")).isEmpty();

        // A request still carrying the session that a sign-in has just replaced.
        TestBrowser stale = new TestBrowser(idp.baseUrl());
        stale.setCookie("EULOGIN_SESSION", "replaced-at-sign-in");
        HttpResponse<String> missing = stale.get("/favicon.ico?lang=de");
        assertThat(missing.body()).contains("<html lang=\"de\">");
        assertThat(missing.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("EULOGIN_SESSION="))
                .anyMatch(c -> c.startsWith("EULOGIN_LANG=de;"));
    }

    @Test
    void dates_are_written_in_the_language_of_the_page() {
        ana();
        signIn(browser);
        browser.get("/cas/userdata/accountDetails.cgi?lang=fr");
        assertThat(browser.last().body()).contains("2 déc. 2026, 16:35 UTC").doesNotContain("Dec");
        browser.get("/cas/userdata/accountDetails.cgi?lang=de");
        assertThat(browser.last().body()).contains("2. Dez. 2026, 16:35 UTC");
        browser.get("/cas/userdata/accountDetails.cgi?lang=en");
        assertThat(browser.last().body()).as("English as before").contains("2 Dec 2026, 16:35 UTC");
    }

    @Test
    void the_support_console_follows_the_browsers_language_and_dates_with_it() {
        ana();
        assertThat(idp.supportStaff().create("agent.de", "Sam", StaffRole.VIEWER, STAFF_PASSWORD))
                .isInstanceOf(SupportStaff.Created.Ok.class);
        TestBrowser console = browserIn("de-DE,de;q=0.9");
        console.get("/cas/support");
        assertThat(console.page()).isEqualTo("support-login");
        assertThat(console.last().body()).contains("<html lang=\"de\">").contains("Support-Konsole");
        console.post("/cas/support/login", Map.of("login", "agent.de", "password", STAFF_PASSWORD));
        console.post("/cas/support", Map.of("email", ANA));
        assertThat(console.page()).isEqualTo("support-account");
        assertThat(console.last().body()).contains("2. Dez. 2026, 16:35 UTC").doesNotContain("Dec 2026");

        console.get("/cas/support?lang=fr");
        assertThat(console.last().body()).contains("<html lang=\"fr\">");
        assertThat(console.get("/cas/login").body()).as("EU Login's pages in the same browser")
                .contains("<html lang=\"fr\">");
    }
}
