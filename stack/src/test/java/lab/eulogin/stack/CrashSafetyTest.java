package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import lab.eulogin.mail.client.MailApiClient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the lab answered as stored survives the process being killed without warning (SIGKILL: a CI
 * runner cancelled, an out-of-memory kill) right after the answer, and a restart on the same data folder.
 */
class CrashSafetyTest {
    private static final int BURST = 25;

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void accountsAndPhonesAnsweredAsCreatedSurviveAKillRightAfterTheAnswer() throws Exception {
        int idpPort = FreePorts.any();
        List<String> options = DemoProcess.options(data, "--idp-port", String.valueOf(idpPort));
        String accounts = "http://127.0.0.1:" + idpPort + "/__lab/accounts";

        Process first = started(options);
        List<String> created = new ArrayList<>();
        try {
            for (int i = 0; i < BURST; i++) {
                String email = "crash." + i + "@example.eu";
                HttpResponse<String> answer = post(accounts, email, "+32470" + String.format("%06d", i));
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                created.add(email);
            }
        } finally {
            first.destroyForcibly(); // SIGKILL at once after the last answer: no shutdown hook runs
        }
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Process second = started(options);
        try {
            for (String email : created) {
                HttpResponse<String> again = post(accounts, email, "");
                assertThat(again.statusCode()).as("%s after the restart: %s", email, again.body()).isEqualTo(409);
            }
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void mailAnsweredWith250OverSmtpSurvivesAKillRightAfterTheLastAnswer() throws Exception {
        int smtpPort = FreePorts.any();
        int mailPort = FreePorts.any();
        List<String> options = DemoProcess.options(data, "--smtp-port", String.valueOf(smtpPort),
                "--mail-port", String.valueOf(mailPort));

        Process first = started(options);
        List<String> subjects = new ArrayList<>();
        try {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", String.valueOf(smtpPort));
            Session session = Session.getInstance(smtp);
            Transport transport = session.getTransport("smtp");
            transport.connect();
            for (int i = 0; i < BURST; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom("crash@sender.test");
                message.setRecipients(Message.RecipientType.TO, "crash." + (i % 3) + "@example.eu");
                message.setSubject("Burst " + i);
                message.setText("Message " + i + " of the burst");
                transport.sendMessage(message, message.getAllRecipients()); // returns on the 250
                subjects.add("Burst " + i);
            }
        } finally {
            // SIGKILL at once after the last 250, before even QUIT: the connection is left to the dead server.
            first.destroyForcibly();
        }
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Process second = started(options);
        try {
            MailApiClient mail = new MailApiClient("http://127.0.0.1:" + mailPort);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                mail.messages("crash." + i + "@example.eu").forEach(message -> kept.add(message.subject()));
            }
            assertThat(kept).containsExactlyInAnyOrderElementsOf(subjects);
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A lab process that said it started; one that did not in time is killed, so no test leaves it running. */
    static Process started(List<String> options) throws Exception {
        Process demo = DemoProcess.demo(options);
        BufferedReader out = DemoProcess.reader(demo);
        try {
            assertTimeoutPreemptively(DemoProcess.PATIENCE, () -> DemoProcess.readUntil(out, "Started in"));
        } catch (Throwable notStarted) {
            demo.destroyForcibly();
            throw notStarted;
        }
        // Keep reading so that a full pipe never blocks the lab's logging.
        Thread drain = new Thread(() -> out.lines().forEach(line -> { }), "drain-demo-output");
        drain.setDaemon(true);
        drain.start();
        return demo;
    }

    private HttpResponse<String> post(String url, String email, String mobilePhone) throws Exception {
        String form = "email=" + enc(email) + "&password=" + enc("Crash-Safe-2026!")
                + (mobilePhone.isEmpty() ? "" : "&mobilePhone=" + enc(mobilePhone));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
