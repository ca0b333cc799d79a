package lab.eulogin.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a lab on free ports with a data folder of its own and the demo accounts, stops it, starts
 * it again on that folder, asks each web server for its first page, stops it and deletes the folder.
 * A quick proof that the parts work together in one process (their pages and resources share one
 * class path); {@code ./lab} also uses the run to record the classes the lab loads, so that later
 * starts are faster. The second start is what {@code ./lab demo} does at each restart (the H2 file
 * opened, the journals read back, the demo accounts found), so the classes of a restart are
 * recorded too: a run with an in-memory database left about 400 of them out.
 */
final class LabCheck {
    static final String OK = "ok";

    private LabCheck() {
    }

    /** For each server, its first page and "ok", or what was wrong with the answer. */
    static Map<String, String> run() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("lab-check");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            LabConfig config = new LabConfig("127.0.0.1", 0, 0, 0, 0, 0, 0, dataDir, true, true, null);
            Lab.startForTests(config).close();
            return pagesOf(config);
        } finally {
            delete(dataDir);
        }
    }

    private static Map<String, String> pagesOf(LabConfig config) {
        Map<String, String> answers = new LinkedHashMap<>();
        try (Lab lab = Lab.startForTests(config)) {
            answers.put("EU Login " + lab.idpUrl() + "/cas/login", check(lab.idpUrl() + "/cas/login", "login-identifier"));
            answers.put("Web mailbox " + lab.mailUrl() + "/", check(lab.mailUrl() + "/", "mailbox-index"));
            answers.put("Virtual phones " + lab.smsUrl() + "/", check(lab.smsUrl() + "/", "phones"));
            answers.put("Demo services " + lab.demoUrl() + "/", check(lab.demoUrl() + "/", "demo-services"));
        }
        return answers;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
