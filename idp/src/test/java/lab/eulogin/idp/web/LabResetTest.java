package lab.eulogin.idp.web;

import lab.eulogin.idp.IdpServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /__lab/reset}: the IdP as it started, between two tests. */
class LabResetTest extends IdpTestBase {
    private static final Map<String, String> ACCOUNT = Map.of("email", "reset@example.eu", "password", GOOD_PASSWORD);

    @Test
    void the_reset_removes_accounts_and_staff_ends_sessions_and_puts_the_clock_back() {
        assertThat(browser.postRaw("/__lab/accounts", ACCOUNT).statusCode()).isEqualTo(201);
        assertThat(browser.postRaw("/__lab/support-staff", Map.of("login", "sam", "name", "Sam", "role", "AGENT",
                "password", GOOD_PASSWORD)).statusCode()).isEqualTo(201);
        browser.get("/cas/login");
        browser.post("/cas/login", Map.of("step", "identifier", "username", "reset@example.eu"));
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("login-success");
        browser.postRaw("/__lab/clock", Map.of("advance", "P30D"));

        var reset = browser.postRaw("/__lab/reset", Map.of());

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(browser.get("/__lab/clock").body()).contains("\"offset\":\"PT0S\"");
        browser.get("/cas/userdata/myAccount.cgi");
        assertThat(browser.page()).as("the session ended with the reset").isIn("login-identifier", "login-password");
        assertThat(browser.postRaw("/__lab/accounts", ACCOUNT).statusCode()).as("the address is free again").isEqualTo(201);
        assertThat(browser.postRaw("/__lab/support-staff", Map.of("login", "sam", "name", "Sam", "role", "AGENT",
                "password", GOOD_PASSWORD)).statusCode()).isEqualTo(201);
    }

    @Test
    void a_lab_request_another_web_site_made_a_browser_send_is_refused() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(idp.baseUrl() + "/__lab/accounts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("email=reset%40example.eu&password=" + GOOD_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("\"cross-site\"");
        assertThat(browser.postRaw("/__lab/accounts", ACCOUNT).statusCode()).as("nothing was created").isEqualTo(201);
    }

    @Test
    void the_reset_is_refused_outside_lab_mode() {
        try (IdpServer production = start(false)) {
            TestBrowser outsider = new TestBrowser(production.baseUrl());
            assertThat(outsider.postRaw("/__lab/reset", Map.of()).statusCode()).isEqualTo(403);
        }
    }
}
