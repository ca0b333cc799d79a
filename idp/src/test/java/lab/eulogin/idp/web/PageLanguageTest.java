package lab.eulogin.idp.web;

import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.clock.LabClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The language of the pages, their dates included. */
class PageLanguageTest extends IdpTestBase {
    private static final String ANA = "ana@example.eu";

    /** Stopped, so that the dates on the pages are known to the minute. */
    @Override
    LabClock startingClock() {
        return new LabClock(Clock.fixed(Instant.parse("2026-12-02T16:35:00Z"), ZoneOffset.UTC));
    }

    private void ana() {
        idp.accountAdmin().createActive(new NewAccount(ANA, "Ana", "Pérez", Locale.ENGLISH, AccountKind.EXTERNAL),
                GOOD_PASSWORD, clock.instant());
    }

    private static void signIn(TestBrowser browser) {
        browser.get("/cas/login");
        browser.post("/cas/login", Map.of("step", "identifier", "username", ANA));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("login-success");
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
}
