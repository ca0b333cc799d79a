package lab.eulogin.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lab.eulogin.mail.client.MailMessage;
import lab.eulogin.mail.client.MailMessageDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailApiTest {
    private static final Instant LAB_NOW = Instant.parse("2031-05-04T10:15:30Z");

    @RegisterExtension
    static final RunningEmulator lab = new RunningEmulator(Clock.fixed(LAB_NOW, ZoneOffset.UTC));

    @Test
    void mailSentOverSmtpCanBeReadOverImapAndOverTheApi() throws Exception {
        MimeMessage message = new MimeMessage(lab.smtpSession());
        message.setFrom(new InternetAddress("EU Login <no-reply@eulogin.test>"));
        message.setRecipients(Message.RecipientType.TO, "Jane.Doe@Example.EU");
        message.setSubject("Finalise your registration", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Click https://idp.test/cas/init?key=abc&lang=en. Or https://idp.test/help, then "
                + "https://idp.test/cas/init?key=abc&lang=en again.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p><a href=\"https://idp.test/cas/init?key=abc&amp;lang=en\">Finalise</a> "
                + "<a href='https://idp.test/privacy'>Privacy</a> <a href=\"mailto:x@y.eu\">Mail</a></p>",
                "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[1234], "application/pdf")));
        attachment.setFileName("terms.pdf");
        message.setContent(new MimeMultipart(body, attachment));
        Transport.send(message);

        assertThat(lab.imapSubjects("jane.doe@example.eu", "INBOX")).containsExactly("Finalise your registration");

        List<MailMessage> listed = lab.api().messages("  JANE.doe@example.eu ");
        assertThat(listed).hasSize(1);
        MailMessage summary = listed.get(0);
        assertThat(summary.mailbox()).isEqualTo("jane.doe@example.eu");
        assertThat(summary.folder()).isEqualTo("INBOX");
        assertThat(summary.from()).isEqualTo("EU Login <no-reply@eulogin.test>");
        assertThat(summary.to()).containsExactly("Jane.Doe@Example.EU");
        assertThat(summary.date()).isEqualTo(LAB_NOW);
        assertThat(summary.text()).startsWith("Click https://idp.test/cas/init");
        assertThat(summary.html()).contains("Finalise</a>");
        assertThat(summary.links()).containsExactly("https://idp.test/cas/init?key=abc&lang=en",
                "https://idp.test/help", "https://idp.test/privacy");

        MailMessageDetail detail = lab.api().message(summary.id());
        assertThat(detail.raw()).contains("Subject: Finalise your registration");
        assertThat(detail.headers()).extracting(MailMessageDetail.Header::name).contains("From", "To", "Subject");
        assertThat(detail.attachments()).containsExactly(new MailMessageDetail.Attachment("terms.pdf", "application/pdf", 1234));
        assertThat(detail.links()).isEqualTo(summary.links());
    }

    @Test
    void everyRecipientGetsItsOwnCopyWithIncreasingIds() throws Exception {
        lab.send("a@sender.test", "one@x.test, two@x.test", "Hello both", "Hi");
        lab.send("a@sender.test", "one@x.test", "Hello again", "Hi");

        List<MailMessage> one = lab.api().messages("one@x.test");
        assertThat(one).extracting(MailMessage::subject).containsExactly("Hello both", "Hello again");
        assertThat(one.get(1).id()).isGreaterThan(one.get(0).id());
        assertThat(lab.api().messages("two@x.test")).extracting(MailMessage::subject).containsExactly("Hello both");
    }

    @Test
    void theListFiltersBySubjectAndArrivalAndIsPagedFromTheNewest() throws Exception {
        for (int i = 1; i <= 5; i++) {
            lab.send("a@sender.test", "paged@x.test", (i % 2 == 0 ? "Even " : "Odd ") + i, "Body " + i);
        }

        HttpResponse<String> page1 = lab.get("/api/messages?to=paged@x.test&size=2&page=1");
        assertThat(page1.statusCode()).isEqualTo(200);
        assertThat(page1.headers().firstValue("X-Total-Count")).contains("5");
        assertThat(page1.headers().firstValue("X-Pages")).contains("3");
        assertThat(page1.body()).contains("\"Odd 5\"").contains("\"Even 4\"").doesNotContain("\"Odd 3\"");
        assertThat(page1.body().indexOf("Even 4")).isLessThan(page1.body().indexOf("Odd 5")); // newest last

        assertThat(lab.get("/api/messages?to=paged@x.test&size=2&page=3").body())
                .contains("\"Odd 1\"").doesNotContain("\"Even 2\"");
        assertThat(lab.get("/api/messages?to=paged@x.test&subject=even").body())
                .contains("\"Even 2\"").contains("\"Even 4\"").doesNotContain("Odd");
        assertThat(lab.get("/api/messages?to=paged@x.test&since=" + LAB_NOW.plusSeconds(1)).body()).isEqualTo("[]");
        assertThat(lab.get("/api/messages?to=paged@x.test&since=" + LAB_NOW).headers().firstValue("X-Total-Count"))
                .contains("5");
    }

    @Test
    void waitingForTheNextMessageReturnsMailSentAfterTheWaitBegan() throws Exception {
        lab.send("a@sender.test", "waiter@x.test", "Before", "old");
        long before = lab.api().lastMessage("waiter@x.test").orElseThrow().id();

        CompletableFuture<Optional<MailMessage>> next = CompletableFuture.supplyAsync(
                () -> lab.api().nextMessage("Waiter@X.test", before, Duration.ofSeconds(20)));
        await().atMost(Duration.ofSeconds(10)).until(() -> lab.get("/api/health").body().contains("\"waiting\":1"));
        assertThat(next).isNotDone();
        lab.send("a@sender.test", "someone-else@x.test", "Not this", "other");
        lab.send("a@sender.test", "waiter@x.test", "After", "new");

        MailMessage arrived = next.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(arrived.subject()).isEqualTo("After");
        assertThat(arrived.id()).isGreaterThan(before);
    }

    @Test
    void waitingForTheNextMessageReturnsAtOnceWhenItIsAlreadyThere() throws Exception {
        lab.send("a@sender.test", "early@x.test", "Already here", "x");

        assertThat(lab.api().nextMessage("early@x.test", 0, Duration.ofSeconds(5)))
                .map(MailMessage::subject).contains("Already here");
    }

    @Test
    void waitingForTheNextMessageTimesOutWith408() {
        HttpResponse<String> response = lab.get("/api/messages/next?to=nobody@x.test&after=0&timeout=PT0.2S");

        assertThat(response.statusCode()).isEqualTo(408);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"No message to nobody@x.test after id 0 within PT0.2S\"");
        assertThat(lab.api().nextMessage("nobody@x.test", 0, Duration.ofMillis(200))).isEmpty();
        assertThat(lab.get("/api/health").body()).contains("\"waiting\":0");
    }

    @Test
    void deletingAndPurgingRemoveMailFromTheApiAndFromImap() throws Exception {
        lab.send("a@sender.test", "tidy@x.test", "Keep", "x");
        lab.send("a@sender.test", "tidy@x.test", "Drop", "x");
        long drop = lab.api().lastMessage("tidy@x.test").orElseThrow().id();

        lab.api().deleteMessage(drop);
        assertThat(lab.api().messages("tidy@x.test")).extracting(MailMessage::subject).containsExactly("Keep");
        assertThat(lab.imapSubjects("tidy@x.test", "INBOX")).containsExactly("Keep");
        assertThat(lab.get("/api/messages/" + drop).statusCode()).isEqualTo(404);

        lab.api().purge();
        assertThat(lab.api().messages("tidy@x.test")).isEmpty();
        assertThat(lab.imapSubjects("tidy@x.test", "INBOX")).isEmpty();
        lab.send("a@sender.test", "tidy@x.test", "Fresh", "x");
        assertThat(lab.api().lastMessage("tidy@x.test").orElseThrow().id()).isGreaterThan(drop);
    }

    @Test
    void theHealthCheckAnswersWithTheBoundPorts() {
        HttpResponse<String> health = lab.get("/api/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"")
                .contains("\"smtpPort\":" + lab.emulator().smtpPort())
                .contains("\"imapPort\":" + lab.emulator().imapPort());
        assertThat(lab.emulator().smtpPort()).isPositive();
        assertThat(lab.emulator().imapPort()).isPositive();
        assertThat(lab.emulator().webPort()).isPositive();
    }

    @Test
    void anUnknownMessageIsA404ForTheClientToo() {
        assertThatThrownBy(() -> lab.api().message(999_999))
                .hasMessageContaining("404").hasMessageContaining("No message 999999");
    }
}
