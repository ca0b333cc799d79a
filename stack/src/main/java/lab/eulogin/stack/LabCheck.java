package lab.eulogin.stack;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts a lab on free ports with an in-memory database, asks each web server for its first page,
 * and stops it. A quick proof that the build works; {@code ./lab} also uses the run to record the
 * classes the lab loads, so that later starts are faster.
 */
final class LabCheck {

    private LabCheck() {
    }

    /** For each server, its first page and what it answered: an HTTP status, or why there was none. */
    static Map<String, String> run() {
        Map<String, String> answers = new LinkedHashMap<>();
        try (Lab lab = Lab.startForTests()) {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("EU Login", lab.idpUrl() + "/cas/login");
            pages.put("Web mailbox", lab.mailUrl() + "/");
            pages.put("Virtual phones", lab.smsUrl() + "/");
            pages.put("Demo services", lab.demoUrl() + "/");
            pages.forEach((name, url) -> answers.put(name + " " + url, status(url)));
        }
        return answers;
    }

    static boolean allAnswered(Map<String, String> answers) {
        return answers.values().stream().allMatch("200"::equals);
    }

    private static String status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(10000);
            try {
                connection.getInputStream().readAllBytes();
                return String.valueOf(connection.getResponseCode());
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
