package lab.eulogin.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import lab.eulogin.mail.client.MailApiClient;
import lab.eulogin.mail.client.MailMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data folder, the mail emulator keeps its messages across a restart; reset empties it for good. */
class MailDataFolderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-05-04T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private MailEmulator start() {
        return MailEmulator.start(MailEmulatorConfig.anyFreePorts().withDataDir(data), CLOCK);
    }

    private static void send(MailEmulator mail, String to, String subject) throws MessagingException {
        Session session = RunningEmulator.smtpSession(mail.smtpPort());
        Transport.send(RunningEmulator.message(session, "a@sender.test", to, subject, "See https://idp.test/x"));
    }

    @Test
    void messagesInboxJunkAndIdsAreThereAgainAfterARestartOverTheApiAndImap() throws Exception {
        long lastId;
        try (MailEmulator mail = start()) {
            MailApiClient api = new MailApiClient(mail.webUrl());
            send(mail, "jane@example.eu", "First");
            send(mail, "jane@example.eu", "Second");
            api.addJunkRuleForAddress("junk@example.eu");
            send(mail, "junk@example.eu", "Spam");
            send(mail, "jane@example.eu", "Deleted");
            api.deleteMessage(api.lastMessage("jane@example.eu").orElseThrow().id());
            lastId = api.lastMessage("junk@example.eu").orElseThrow().id() + 1;
        }

        try (MailEmulator mail = start()) {
            MailApiClient api = new MailApiClient(mail.webUrl());
            assertThat(api.messages("jane@example.eu")).extracting(MailMessage::subject).containsExactly("First", "Second");
            assertThat(api.messages("jane@example.eu").get(0).links()).containsExactly("https://idp.test/x");
            assertThat(api.messages("junk@example.eu")).extracting(MailMessage::folder).containsExactly("Junk");
            assertThat(api.message(api.messages("jane@example.eu").get(1).id()).raw()).contains("Subject: Second");
            assertThat(RunningEmulator.imapSubjects(mail.imapPort(), "jane@example.eu", "INBOX"))
                    .containsExactly("First", "Second");
            assertThat(RunningEmulator.imapSubjects(mail.imapPort(), "junk@example.eu", "Junk")).containsExactly("Spam");

            send(mail, "jane@example.eu", "Third");
            assertThat(api.lastMessage("jane@example.eu").orElseThrow().id()).as("ids go on, never reused")
                    .isGreaterThan(lastId);
        }
    }

    @Test
    void aResetEmptiesTheDataFolderButIdsKeepCounting() throws Exception {
        long before;
        try (MailEmulator mail = start()) {
            MailApiClient api = new MailApiClient(mail.webUrl());
            send(mail, "jane@example.eu", "Before the reset");
            before = api.lastMessage("jane@example.eu").orElseThrow().id();
            api.reset();
        }

        try (MailEmulator mail = start()) {
            MailApiClient api = new MailApiClient(mail.webUrl());
            assertThat(api.messages("jane@example.eu")).isEmpty();
            send(mail, "jane@example.eu", "After");
            assertThat(api.lastMessage("jane@example.eu").orElseThrow().id()).isGreaterThan(before);
        }
    }

    @Test
    void aMessageExpungedOverImapIsGoneFromTheApiAndAfterARestart() throws Exception {
        try (MailEmulator mail = start()) {
            send(mail, "jane@example.eu", "Keep");
            send(mail, "jane@example.eu", "Expunge");
            Properties props = new Properties();
            props.put("mail.imap.host", "127.0.0.1");
            props.put("mail.imap.port", String.valueOf(mail.imapPort()));
            Store imap = Session.getInstance(props).getStore("imap");
            imap.connect("jane@example.eu", "jane@example.eu");
            Folder inbox = imap.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(2).setFlag(Flags.Flag.DELETED, true);
            inbox.close(true);
            imap.close();

            assertThat(new MailApiClient(mail.webUrl()).messages("jane@example.eu")).extracting(MailMessage::subject)
                    .containsExactly("Keep");
        }
        try (MailEmulator mail = start()) {
            assertThat(new MailApiClient(mail.webUrl()).messages("jane@example.eu")).extracting(MailMessage::subject)
                    .containsExactly("Keep");
        }
    }

    @Test
    void aRecordCutShortByAKillMidWriteIsDroppedAndTheRestIsKept() throws Exception {
        try (MailEmulator mail = start()) {
            send(mail, "jane@example.eu", "Whole");
        }
        // What a process killed in the middle of writing its next record (before answering 250) leaves.
        Files.write(data.resolve("mail.journal"), new byte[] {0, 0, 4, 0, 1, 2, 3, 4, 1, 42},
                StandardOpenOption.APPEND);

        try (MailEmulator mail = start()) {
            MailApiClient api = new MailApiClient(mail.webUrl());
            assertThat(api.messages("jane@example.eu")).extracting(MailMessage::subject).containsExactly("Whole");
            send(mail, "jane@example.eu", "Next");
        }
        try (MailEmulator mail = start()) {
            assertThat(new MailApiClient(mail.webUrl()).messages("jane@example.eu")).extracting(MailMessage::subject)
                    .containsExactly("Whole", "Next");
        }
    }

    @Test
    void twoEmulatorsCannotShareADataFolder() throws IOException {
        try (MailEmulator mail = start()) {
            assertThatThrownBy(this::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running lab");
        }
    }
}
