package lab.eulogin.idp.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body that is not the form its content type promises (a broken percent escape, a multipart body
 * cut short) is the sender's mistake: a 400 that says so, never a server error with a reference.
 */
class BadFormBodyTest extends IdpTestBase {
    private static final String BROKEN_ESCAPE = "email=%zz&password=%";
    private static final String CUT_MULTIPART = "--zz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nan";

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0} with a broken percent escape is a 400 page")
    @ValueSource(strings = {"/cas/login", "/cas/eim/external/register.cgi", "/cas/init/passwordResetRequest.cgi",
            "/cas/init/initialisePasswordLogin.cgi", "/cas/support/login"})
    void aBrokenEscapeIsABadRequestPage(String path) {
        HttpResponse<String> answer = post(path, "application/x-www-form-urlencoded", BROKEN_ESCAPE);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("data-page=\"bad-request\"").contains("The form could not be read")
                .doesNotContain("Exception").doesNotContain("data-msg=\"server-error\"");
    }

    @ParameterizedTest(name = "{0} with a multipart body cut short is a 400 page")
    @ValueSource(strings = {"/cas/login", "/cas/eim/external/register.cgi"})
    void aCutMultipartBodyIsABadRequestPage(String path) {
        HttpResponse<String> answer = post(path, "multipart/form-data; boundary=zz", CUT_MULTIPART);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("data-page=\"bad-request\"");
    }

    @ParameterizedTest(name = "lab endpoint {0} answers a broken body in JSON")
    @ValueSource(strings = {"/__lab/accounts", "/__lab/accounts/settings", "/__lab/clock", "/__lab/support-staff"})
    void labEndpointsAnswerABrokenBodyInJson(String path) {
        for (String[] body : new String[][] {{"application/x-www-form-urlencoded", BROKEN_ESCAPE},
                {"multipart/form-data; boundary=zz", CUT_MULTIPART}}) {
            HttpResponse<String> answer = post(path, body[0], body[1]);

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).startsWith("{").contains("\"bad-form\"");
        }
    }

    @ParameterizedTest(name = "the problem report form with {0} says it could not be read")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=zz"})
    void theProblemReportSaysItsFormCouldNotBeRead(String contentType) {
        HttpResponse<String> answer = post("/cas/help/reportProblem.cgi", contentType,
                contentType.startsWith("multipart") ? CUT_MULTIPART : BROKEN_ESCAPE);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("data-msg=\"report-unreadable\"");
    }

    @Test
    void aRefusedBodyStoresNothing() {
        HttpResponse<String> refused = post("/__lab/accounts", "application/x-www-form-urlencoded",
                "email=kept%40example.eu&password=" + GOOD_PASSWORD + "&firstName=%zz");
        HttpResponse<String> created = post("/__lab/accounts", "application/x-www-form-urlencoded",
                "email=kept%40example.eu&password=" + GOOD_PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(400);
        // Not 409: the refused body created no account with that address.
        assertThat(created.statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(idp.baseUrl() + path))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
