package lab.eulogin.idp.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FAQ PWD-03: nobody ever sees a password. Everything the IdP logs at every level during a run
 * that types passwords (right, wrong, changed, reset, at a lab endpoint), every mail it sends and
 * every lab answer, is searched for them.
 */
class PasswordSecrecyTest extends IdpTestBase {
    private static final String WRONG = "Wrong-Guess-Pw-77";
    private static final String CHANGED = "Changed-Secret-Pw-88";
    private static final String RESET = "Reset-Secret-Pw-99";
    private static final String MADE_BY_LAB = "Lab-Made-Secret-Pw-66";

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void listenToEveryLog() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(logged);
        root.setLevel(rootLevel);
    }

    @Test
    void no_password_is_logged_mailed_or_answered() throws Exception {
        List<String> answers = new ArrayList<>();
        registerAndActivate("secret@example.eu");
        answers.add(signIn("secret@example.eu", WRONG).last().body());
        TestBrowser signedIn = signIn("secret@example.eu", GOOD_PASSWORD);
        answers.add(signedIn.last().body());

        signedIn.get("/cas/userdata/changePassword.cgi");
        signedIn.post("/cas/userdata/changePassword.cgi", Map.of("currentPassword", GOOD_PASSWORD,
                "password", CHANGED, "passwordConfirm", CHANGED));
        answers.add(signedIn.last().body());

        askForNewPassword(browser, "secret@example.eu");
        String link = lastLinkTo("secret@example.eu");
        browser.get(link);
        browser.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, RESET, RESET + "-typo"));
        answers.add(browser.last().body());
        browser.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, RESET, RESET));
        answers.add(browser.last().body());

        answers.add(browser.postRaw("/__lab/accounts", Map.of("email", "made@example.eu", "password", MADE_BY_LAB))
                .body());
        answers.add(browser.postRaw("/__lab/accounts", Map.of("email", "made@example.eu", "password", MADE_BY_LAB))
                .body());

        List<String> secrets = List.of(GOOD_PASSWORD, WRONG, CHANGED, RESET, MADE_BY_LAB);
        List<ILoggingEvent> events;
        synchronized (logged) {
            // Background threads (outbox, sessions) go on logging while the test reads.
            events = new ArrayList<>(logged.list);
        }
        assertThat(events).as("log events of the run").isNotEmpty();
        for (ILoggingEvent event : events) {
            String text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(text).as("logged by " + event.getLoggerName()).doesNotContain(secrets);
        }
        for (MimeMessage message : mail.getReceivedMessages()) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            assertThat(raw.toString()).as("a mail to " + message.getAllRecipients()[0]).doesNotContain(secrets);
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(secrets));
    }
}
