package lab.eulogin.steps.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lab.eulogin.testkit.EuLoginLabExtension;
import lab.eulogin.testkit.LabRuntimeInfo;

/**
 * The pages no scenario goes through, checked as {@link PageStructure} checks the others after
 * each scenario: what a screen reader and the keyboard alone need. Fetched without a browser.
 */
@ExtendWith(EuLoginLabExtension.class)
class UnvisitedPagesStructureTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "not-found|GET|/cas/no-such-page",
            "bad-request|POST|/cas/login",
            "help|GET|/cas/help.html",
            "login-request-invalid|GET|/cas/login?authenticationLevel=SUPREME",
            "support-login|GET|/cas/support/login"})
    void passesTheCheck(String page, String method, String path, LabRuntimeInfo lab) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lab.idpUrl() + path));
        if (method.equals("POST")) {
            // A form the IdP cannot read (a multipart body cut short): its "bad request" page.
            request.header("Content-Type", "multipart/form-data; boundary=zz").POST(HttpRequest.BodyPublishers.ofString(
                    "--zz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nan"));
        }
        String html = http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(PageStructure.pageId(html)).isEqualTo(page);
        assertThat(PageStructure.problems(html)).isEmpty();
    }
}
