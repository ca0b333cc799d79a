package lab.eulogin.idp.web;

import lab.eulogin.idp.http.Paths;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path the IdP answers ({@link Paths}, so a new one is swept too), with odd queries and
 * bodies that are not what it expects, by every method: never a server error, never a trace. What
 * each should answer instead is the other tests' business.
 */
class NoServerErrorTest extends IdpTestBase {
    private static final List<String> QUERIES = List.of("",
            "?service=javascript%3Aalert(1)&ticket=ST-1&renew=maybe&gateway=2&client_id=%00",
            "?id=-1&page=-1&size=99999999999999999999&lang=zz&while=BOGUS&reference=..%2F..",
            "?x=" + "A".repeat(3_000));
    private static final String[][] BODIES = {
            {"application/x-www-form-urlencoded", "%zz=%&a=%G1"},
            {"application/x-www-form-urlencoded", "csrf=x&email=" + "x".repeat(5_000) + "&password=&id=abc&pin=-1"},
            {"multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nan"},
            {"application/json", "{\"a\":["},
            {"text/plain", "\u0000\uFFFF"}};

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void oddInputOnAnyPathIsNeverAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String path : paths()) {
            for (String query : QUERIES) {
                URI uri = URI.create(idp.baseUrl() + path + query);
                check(HttpRequest.newBuilder(uri).GET(), failures);
                check(HttpRequest.newBuilder(uri).DELETE(), failures);
                check(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString("x")), failures);
                for (String[] body : BODIES) {
                    check(HttpRequest.newBuilder(uri).header("Content-Type", body[0])
                            .POST(HttpRequest.BodyPublishers.ofString(body[1])), failures);
                }
            }
        }
        assertThat(failures).as("answers that were server errors or traces").isEmpty();
    }

    private void check(HttpRequest.Builder request, List<String> failures) throws Exception {
        HttpRequest sent = request.build();
        HttpResponse<String> answer = http.send(sent, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 500 || answer.body().contains("Exception") || answer.body().contains("\tat ")) {
            String uri = sent.uri().toString();
            failures.add(answer.statusCode() + " " + sent.method() + " " + uri.substring(0, Math.min(uri.length(), 120))
                    + sent.headers().firstValue("Content-Type").map(type -> " (" + type + ")").orElse(""));
        }
    }

    /** Each of the IdP's paths, a path parameter such as {uid} given as 1. */
    private static List<String> paths() throws IllegalAccessException {
        List<String> paths = new ArrayList<>();
        for (Field field : Paths.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                paths.add(((String) field.get(null)).replaceAll("\\{[^}]+}", "1"));
            }
        }
        assertThat(paths).hasSizeGreaterThan(60);
        return paths;
    }
}
