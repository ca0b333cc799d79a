package lab.eulogin.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for the demo services' tests: keeps cookies per host, follows
 * redirects itself so a test can see every address it went through (the ticket among them), and
 * posts forms with the CSRF token of the page it shows.
 */
final class HttpBrowser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE = Pattern.compile("data-page=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<URI> visited = new ArrayList<>();
    private HttpResponse<String> last;

    /** Opens an address and follows its redirects. */
    HttpBrowser open(String url) {
        visited.clear();
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** Opens an address without following its redirect. */
    HttpResponse<String> peek(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Submits a form of the page shown to an address of the same server, with its CSRF token. */
    HttpBrowser submit(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("csrf", csrf());
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        visited.clear();
        return follow(send(HttpRequest.newBuilder(last.uri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    String page() {
        Matcher m = PAGE.matcher(last.body());
        return m.find() ? m.group(1) : "(no data-page)";
    }

    /** The page and what its error message says, for the description of a failed assertion. */
    String describe() {
        Matcher error = Pattern.compile("role=\"alert\"[^>]*>([^<]+)").matcher(last.body());
        return page() + " at " + last.uri() + (error.find() ? ": " + error.group(1).replaceAll("\\s+", " ").strip() : "");
    }

    int status() {
        return last.statusCode();
    }

    String body() {
        return last.body();
    }

    URI address() {
        return last.uri();
    }

    /** Every address of the last navigation, redirects included, the last one last. */
    List<URI> went() {
        return List.copyOf(visited);
    }

    /** The value of an element's {@code data-value}, found by its {@code data-attribute}. */
    String attribute(String name) {
        Matcher m = Pattern.compile("data-attribute=\"" + Pattern.quote(name) + "\" data-value=\"([^\"]*)\"").matcher(last.body());
        return m.find() ? m.group(1) : null;
    }

    private String csrf() {
        Matcher m = CSRF.matcher(last.body());
        return m.find() ? m.group(1) : "";
    }

    private HttpBrowser follow(HttpResponse<String> response) {
        visited.add(response.uri());
        for (int hops = 0; isRedirect(response.statusCode()); hops++) {
            if (hops > 10) {
                throw new IllegalStateException("Too many redirects: " + visited);
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
            visited.add(next);
        }
        return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            last = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
