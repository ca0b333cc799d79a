package lab.eulogin.idp.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A body the app API cannot use is a 400 whose message tells the app's developer what to mend. */
class MobileAppApiBadInputTest extends IdpTestBase {
    private static final String ENROL = "/cas/api/mobile/enrol";
    private static final String ANSWER = "/cas/api/mobile/requests/r1";
    private static final String UNLINK = "/cas/api/mobile/devices/d1/unlink";

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            ENROL + "  | ``                         | Send a JSON object",
            ENROL + "  | {\"code\":                 | The body is not valid JSON (line 1, column 9)",
            ENROL + "  | [\"code\"]                 | The body must be a JSON object, not array",
            ENROL + "  | {\"code\":\"c\"}            | 'publicKey' is missing",
            ENROL + "  | {\"code\":7}               | 'code' must be a string",
            ENROL + "  | {\"code\":\" \"}            | 'code' is empty",
            ANSWER + " | {\"deviceId\":\"d\",\"decision\":\"maybe\",\"signature\":\"s\"} | 'decision' must be one of [approve, refuse]",
            ANSWER + " | {\"deviceId\":\"d\",\"decision\":\"approve\",\"signature\":\"s\",\"pinProof\":[]} | 'pinProof' must be a string",
            UNLINK + " | {\"issuedAt\":\"yesterday\",\"signature\":\"s\"} | 'issuedAt' must be a time in UTC such as 2026-12-02T10:15:30Z",
    })
    void aBodyItCannotUseIsABadRequestThatNamesTheMistake(String path, String body, String message) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(idp.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(answer).get("error").asText()).isEqualTo("bad-request");
        assertThat(TestApp.json(answer).get("message").asText()).isEqualTo(message);
    }
}
