package lab.eulogin.steps;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * A Selenium Grid the scenarios' browsers run on ({@code ./lab test --grid URL}). The lab itself
 * stays in the test JVM, so the Grid's browsers must reach its addresses: a Grid on this machine,
 * or one that can reach it.
 */
final class Grid {
    /** A Grid that has just been started (the test profile starts its own) may take a while to be ready. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final Pattern READY = Pattern.compile("\"ready\"\\s*:\\s*true");
    private static volatile boolean ready;  // checked once per run

    private Grid() {
    }

    static WebDriver session(String grid, ChromeOptions options) {
        awaitReady(grid);
        try {
            return new RemoteWebDriver(URI.create(grid).toURL(), options);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a Grid address: " + grid, e);
        }
    }

    static boolean onThisMachine(String grid) {
        if (grid.isEmpty()) {
            return false;
        }
        String host = URI.create(grid).getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    }

    private static void awaitReady(String grid) {
        if (ready) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create(grid.replaceAll("/+$", "") + "/status"))
                .timeout(Duration.ofSeconds(5)).build();
        Awaitility.await("the Selenium Grid at " + grid + " to be ready")
                .atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> READY.matcher(http.send(status, HttpResponse.BodyHandlers.ofString()).body()).find());
        ready = true;
        System.out.println("The scenarios' browsers run on the Selenium Grid at " + grid);
    }
}
