package lab.eulogin.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import lab.eulogin.mail.client.MailMessage;
import lab.eulogin.mail.client.JunkRule;
import lab.eulogin.mail.client.SmtpFault;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JunkAndFaultsTest {
    @RegisterExtension
    static final RunningEmulator lab = new RunningEmulator(Clock.systemUTC());

    @Test
    void mailToAnAddressWithAJunkRuleLandsInJunkOverTheApiAndImap() throws Exception {
        JunkRule rule = lab.api().addJunkRuleForAddress("Spammed@X.test");
        lab.send("no-reply@eulogin.test", "spammed@x.test", "Your link", "https://idp.test/x");
        lab.send("no-reply@eulogin.test", "clean@x.test", "Your link", "https://idp.test/y");

        assertThat(lab.api().messages("spammed@x.test")).extracting(MailMessage::folder).containsExactly("Junk");
        assertThat(lab.api().messages("spammed@x.test", "INBOX")).isEmpty();
        assertThat(lab.api().messages("clean@x.test")).extracting(MailMessage::folder).containsExactly("INBOX");
        assertThat(lab.imapSubjects("spammed@x.test", "Junk")).containsExactly("Your link");
        assertThat(lab.imapSubjects("spammed@x.test", "INBOX")).isEmpty();
        assertThat(lab.api().junkRules()).containsExactly(rule);
        assertThat(lab.api().mailboxes()).filteredOn(m -> m.address().equals("spammed@x.test"))
                .singleElement().satisfies(m -> assertThat(m.junk()).isEqualTo(1));
    }

    @Test
    void aSenderRuleMatchesTheSenderOrItsDomainAndRemovingItStopsIt() throws Exception {
        JunkRule byDomain = lab.api().addJunkRuleForSender("@Bulk.test");
        lab.send("news@bulk.test", "reader@x.test", "Offer", "x");
        lab.send("friend@ok.test", "reader@x.test", "Hello", "x");
        lab.api().removeJunkRule(byDomain.id());
        lab.send("news@bulk.test", "reader@x.test", "Offer again", "x");

        List<MailMessage> mail = lab.api().messages("reader@x.test");
        assertThat(mail).extracting(MailMessage::subject, MailMessage::folder)
                .containsExactly(tuple("Offer", "Junk"),
                        tuple("Hello", "INBOX"),
                        tuple("Offer again", "INBOX"));
    }

    @Test
    void aTemporaryFaultRefusesMailWith4xxUntilItIsCleared() throws Exception {
        lab.api().setFault(SmtpFault.temporary());

        assertThatThrownBy(() -> lab.send("a@sender.test", "patient@x.test", "Try 1", "x"))
                .isInstanceOfSatisfying(MessagingException.class,
                        e -> assertThat(returnCode(e)).isBetween(400, 499));
        assertThat(lab.api().messages("patient@x.test")).isEmpty();

        lab.api().clearFaults();
        lab.send("a@sender.test", "patient@x.test", "Try 2", "x");
        assertThat(lab.api().messages("patient@x.test")).extracting(MailMessage::subject).containsExactly("Try 2");
    }

    @Test
    void theResetRemovesMessagesJunkRulesAndFaultsAndIdsKeepCounting() throws Exception {
        lab.send("a@sender.test", "before@x.test", "Before", "x");
        long before = lab.api().lastMessage("before@x.test").orElseThrow().id();
        lab.api().addJunkRuleForSender("@sender.test");
        lab.api().setFault(SmtpFault.permanent());

        lab.api().reset();

        assertThat(lab.api().messages("before@x.test")).isEmpty();
        assertThat(lab.api().junkRules()).isEmpty();
        lab.send("a@sender.test", "before@x.test", "After", "x");
        assertThat(lab.api().messages("before@x.test")).singleElement().satisfies(message -> {
            assertThat(message.folder()).isEqualTo("INBOX");
            assertThat(message.id()).isGreaterThan(before);
        });
    }

    @Test
    void aPermanentFaultRefusesMailWith5xx() {
        lab.api().setFault(SmtpFault.permanent());

        assertThatThrownBy(() -> lab.send("a@sender.test", "refused@x.test", "No", "x"))
                .isInstanceOfSatisfying(MessagingException.class,
                        e -> assertThat(returnCode(e)).isBetween(500, 599));
        assertThat(lab.api().fault()).isEqualTo(SmtpFault.permanent());
    }

    @Test
    void aSlowFaultAcceptsMailOnlyAfterTheDelay() throws Exception {
        lab.api().setFault(SmtpFault.slow(Duration.ofMillis(600)));

        long started = System.nanoTime();
        Transport.send(lab.message("a@sender.test", "slow@x.test", "Eventually", "x"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(lab.api().messages("slow@x.test")).hasSize(1);
    }

    private static int returnCode(MessagingException e) {
        Exception cause = e;
        while (cause != null && !(cause instanceof SMTPSendFailedException)) {
            cause = cause instanceof MessagingException m ? m.getNextException() : null;
        }
        return cause == null ? -1 : ((SMTPSendFailedException) cause).getReturnCode();
    }
}
