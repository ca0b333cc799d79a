package lab.eulogin.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import lab.eulogin.mail.client.MailMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CapacityTest {
    @RegisterExtension
    static final RunningEmulator lab = new RunningEmulator(Clock.systemUTC(), 3);

    @Test
    void pastTheCapTheOldestMessagesLeaveTheApiAndImap() throws Exception {
        for (int i = 1; i <= 5; i++) {
            lab.send("a@sender.test", "full@x.test", "Mail " + i, "x");
        }

        assertThat(lab.api().messages("full@x.test")).extracting(MailMessage::subject)
                .containsExactly("Mail 3", "Mail 4", "Mail 5");
        assertThat(lab.imapSubjects("full@x.test", "INBOX")).containsExactly("Mail 3", "Mail 4", "Mail 5");
    }
}
