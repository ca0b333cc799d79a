package lab.eulogin.idp.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import lab.eulogin.idp.mail.Outbox;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A mail server outage during registration loses no mail (issue 5). */
class MailOutboxTest extends IdpTestBase {

    @Test
    void mail_queued_during_an_outage_arrives_once_the_server_is_back() {
        int port = mail.getSmtp().getPort();
        mail.stop();

        browser.get("/cas/eim/external/register.cgi");
        browser.post("/cas/eim/external/register.cgi", Map.of("firstName", "Ana", "lastName", "P",
                "email", "outage@example.eu", "emailConfirm", "outage@example.eu", "emailLanguage", "en", "privacy", "yes"));
        assertThat(browser.page()).isEqualTo("register-mail-sent");
        assertThat(browser.last().body()).contains("data-msg=\"mail-delayed\"");
        assertThat(idp.outbox().to("outage@example.eu")).singleElement()
                .satisfies(e -> assertThat(e.sentAt()).isNull());

        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        clock.advance(Duration.ofSeconds(31));
        // The outbox records the send just after the server has the mail: wait for both.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(mail.getReceivedMessages()).hasSize(1);
            Outbox.Entry sent = idp.outbox().to("outage@example.eu").get(0);
            assertThat(sent.sentAt()).isNotNull();
            assertThat(sent.attempts()).isEqualTo(2);
        });

        browser.get(lastLinkTo("outage@example.eu"));
        assertThat(browser.page()).isEqualTo("new-password");
    }

    @Test
    void a_retry_waits_for_its_pause_on_the_lab_clock() {
        registerDuringAnOutage("pause@example.eu");
        idp.outbox().retryDue();
        assertThat(mail.getReceivedMessages()).as("not before 30 seconds on the lab clock").isEmpty();
        clock.advance(Duration.ofSeconds(30));
        idp.outbox().retryDue();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void moving_the_lab_clock_past_a_retry_answers_once_the_mail_is_sent() {
        registerDuringAnOutage("due@example.eu");

        assertThat(browser.postRaw("/__lab/clock", Map.of("advance", "PT29S")).statusCode()).isEqualTo(200);
        assertThat(mail.getReceivedMessages()).as("not due before 30 seconds").isEmpty();
        assertThat(browser.postRaw("/__lab/clock", Map.of("advance", "PT1S")).statusCode()).isEqualTo(200);
        // No waiting: the clock's answer comes after the mail server has the mail.
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(idp.outbox().to("due@example.eu")).singleElement().satisfies(e -> assertThat(e.sentAt()).isNotNull());
    }

    /** Registers while the mail server is down, then brings it back: the mail waits in the outbox. */
    private void registerDuringAnOutage(String email) {
        int port = mail.getSmtp().getPort();
        mail.stop();
        registerAndForget(email);
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    private void registerAndForget(String email) {
        browser.get("/cas/eim/external/register.cgi");
        browser.post("/cas/eim/external/register.cgi", Map.of("firstName", "Ana", "lastName", "P",
                "email", email, "emailConfirm", email, "emailLanguage", "en", "privacy", "yes"));
    }
}
