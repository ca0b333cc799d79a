package lab.eulogin.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import lab.eulogin.mail.client.SmtpFault;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputTest {
    @RegisterExtension
    static final RunningEmulator lab = new RunningEmulator(Clock.systemUTC());

    @ParameterizedTest(name = "GET {0} is a 400 with a JSON error naming the problem")
    // The messages quote parameter names with ', so " is the quote (JUnit 6 parses CSV strictly).
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/messages/abc|'id' must be a whole number",
            "/api/messages?page=0|page counts from 1",
            "/api/messages?page=x|'page' must be a whole number",
            "/api/messages?size=0|size must be between 1 and 1000",
            "/api/messages?size=5000|size must be between 1 and 1000",
            "/api/messages?since=yesterday|'since' must be an ISO-8601 instant",
            "/api/messages?folder=Spam|Unknown folder 'Spam'",
            "/api/messages/next?to=a@x.test&timeout=10s|'timeout' must be an ISO-8601 duration",
            "/api/messages/next?to=a@x.test&timeout=-PT1S|'timeout' lies between",
            "/api/messages/next?to=a@x.test&timeout=PT1H|'timeout' lies between",
            "/api/messages/next?to=a@x.test&after=last|'after' must be a whole number"})
    void badQueriesAreRefusedWith400(String path, String error) {
        HttpResponse<String> response = lab.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).contains("\"status\":400").contains(error);
    }

    @ParameterizedTest(name = "POST {0} {1} is a 400")
    @CsvSource(delimiter = '|', value = {
            "/api/junk-rules|{not json",
            "/api/junk-rules|{}",
            "/api/junk-rules|{\"address\":\"a@x.test\",\"sender\":\"b@x.test\"}",
            "/api/junk-rules|{\"domain\":\"x.test\"}",
            "/api/faults|{\"smtp\":\"broken\"}",
            "/api/faults|{\"smtp\":\"slow\",\"delay\":\"soon\"}",
            "/api/faults|{\"smtp\":\"slow\",\"delay\":\"PT10H\"}",
            "/api/faults|{}"})
    void badBodiesAreRefusedWith400(String path, String body) {
        HttpResponse<String> response = lab.send(HttpRequest.newBuilder(lab.uri(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{").contains("\"error\"");
    }

    @ParameterizedTest(name = "{0} is refused with: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"colour\":\"red\"}|Unknown field 'colour'; the fields are",
            "{\"smtp\":[1]}|'smtp' must be a string",
            "{\"smtp\":|The body is not valid JSON",
            "[1]|The body is not the JSON object expected"})
    void badBodiesAreRefusedInTheApisWordsNotJavas(String body, String error) {
        HttpResponse<String> response = lab.send(HttpRequest.newBuilder(lab.uri("/api/faults"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"" + error.replace("\"", "\\\""))
                .doesNotContain("lab.eulogin").doesNotContain("java.");
    }

    @ParameterizedTest(name = "a state change sent as {0} is refused: no cross-site form can make it")
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded"})
    void stateChangesTakeOnlyJson(String contentType) {
        HttpResponse<String> response = lab.send(HttpRequest.newBuilder(lab.uri("/api/faults"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{\"smtp\":\"permanent\"}")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(lab.api().fault().kind()).isEqualTo(SmtpFault.Kind.NONE);
    }

    @ParameterizedTest(name = "page {0} is a {1} page, not a trace")
    @CsvSource({"/message/abc,400", "/message/424242,404", "/message/1?view=pdf,400", "/mailbox/a@x.test?page=0,400",
            "/mailbox/a@x.test?folder=Spam,400", "/nowhere,404"})
    void badPageRequestsShowAnErrorPage(String path, int status) {
        HttpResponse<String> response = lab.get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("data-page=\"mail-error\"").contains("data-msg=\"error\"")
                .doesNotContain("Exception").doesNotContain("at lab.eulogin");
    }

    @ParameterizedTest(name = "{0} {1} is a 404 with a JSON error")
    @CsvSource({"DELETE,/api/messages/424242", "DELETE,/api/junk-rules/424242", "GET,/api/unknown"})
    void unknownThingsAre404(String method, String path) {
        HttpResponse<String> response = lab.send(HttpRequest.newBuilder(lab.uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\"");
    }

    @ParameterizedTest(name = "a form posted to {0} that cannot be read is a 400 page")
    @ValueSource(strings = {"/purge", "/junk-rules", "/junk-rules/1/delete", "/message/1/delete"})
    void unreadableFormsAreABadRequestPage(String path) {
        for (String[] body : new String[][] {{"application/x-www-form-urlencoded", "csrf=%zz&address=%"},
                {"multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nx"}}) {
            HttpResponse<String> response = lab.send(HttpRequest.newBuilder(lab.uri(path))
                    .header("Content-Type", body[0]).POST(HttpRequest.BodyPublishers.ofString(body[1])));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("data-page=\"mail-error\"").doesNotContain("Exception");
        }
    }
}
