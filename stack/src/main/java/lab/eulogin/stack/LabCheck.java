package lab.eulogin.stack;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts a lab on free ports with an in-memory database, asks each web server for its first page,
 * and stops it. A quick proof that the parts work together in one process (their pages and
 * resources share one class path); {@code ./lab} also uses the run to record the classes the lab
 * loads, so that later starts are faster.
 */
final class LabCheck {
    static final String OK = "ok";

    private LabCheck() {
    }

    /** For each server, its first page and "ok", or what was wrong with the answer. */
    static Map<String, String> run() {
        Map<String, String> answers = new LinkedHashMap<>();
        try (Lab lab = Lab.startForTests()) {
            answers.put("EU Login " + lab.idpUrl() + "/cas/login", check(lab.idpUrl() + "/cas/login", "login-identifier"));
            answers.put("Web mailbox " + lab.mailUrl() + "/", check(lab.mailUrl() + "/", "mailbox-index"));
            answers.put("Virtual phones " + lab.smsUrl() + "/", check(lab.smsUrl() + "/", "phones"));
            answers.put("Demo services " + lab.demoUrl() + "/", check(lab.demoUrl() + "/", "demo-services"));
        }
        return answers;
    }

    static boolean allAnswered(Map<String, String> answers) {
        return answers.values().stream().allMatch(OK::equals);
    }

    private static String check(String url, String pageId) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(10000);
            try {
                int status = connection.getResponseCode();
                if (status != 200) {
                    return "HTTP " + status;
                }
                String page = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return page.contains("data-page=\"" + pageId + "\"") ? OK : "not the page " + pageId;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
