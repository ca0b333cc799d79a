package lab.eulogin.steps;

import static lab.eulogin.steps.fixtures.MyMailbox.ADDRESS_CHANGED;
import static lab.eulogin.steps.fixtures.MyMailbox.CONFIRM_NEW_ADDRESS;
import static lab.eulogin.steps.fixtures.MyMailbox.NEW_PASSWORD_LINK;
import static lab.eulogin.steps.fixtures.MyMailbox.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.mail.client.MailMessage;
import lab.eulogin.mail.client.SmtpFault;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.MyMailbox;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.pages.MailMessagePage;
import lab.eulogin.steps.pages.MailboxIndexPage;
import lab.eulogin.steps.pages.MailboxPage;
import lab.eulogin.steps.pages.NewPasswordPage;

/** Reading mail as a person does: in the web mailbox, in the browser; and the mail server's bad days. */
public class MailboxSteps {
    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private final MyMailbox mailbox;

    public MailboxSteps(Browser browser, RunningLab lab, Person me, MyMailbox mailbox) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
        this.mailbox = mailbox;
    }

    @Then("I receive an e-mail in my mailbox to verify that I have access to it")
    public void receiveTheVerificationMail() {
        assertThat(mailbox.open(me.email(), VERIFY).text()).contains(NEW_PASSWORD_LINK);
    }

    @When("I click the link in the e-mail")
    @When("I click the link in the e-mail again")
    @Given("I have clicked the link in the e-mail")
    public void clickTheLink() {
        mailbox.open(me.email(), VERIFY).clickLinkContaining(NEW_PASSWORD_LINK);
    }

    @When("I click the link in the password reset e-mail")
    @When("I click the link in the password reset e-mail again")
    public void clickTheResetLink() {
        mailbox.clickTheResetLink();
    }

    @When("I click the link in the e-mail sent to my new address")
    public void clickTheConfirmationLink() {
        mailbox.open(me.newEmail(), CONFIRM_NEW_ADDRESS).clickLinkContaining(lab.idpUrl());
    }

    @Then("my old address receives a notice that the address was changed")
    public void oldAddressNotified() {
        assertThat(mailbox.open(me.email(), ADDRESS_CHANGED).text()).contains(me.newEmail());
    }

    @Then("the e-mail I receive has the subject {string}")
    public void mailHasSubject(String subject) {
        assertThat(new MailboxIndexPage(browser.driver()).open(lab.mailUrl()).openMailboxOf(me.email())
                .openNewestMessage().subject()).isEqualTo(subject);
    }

    @Then("I receive an e-mail addressed to {string}")
    public void mailAddressedTo(String name) {
        assertThat(mailbox.open(me.email(), VERIFY).text()).contains("Dear " + name + ",");
    }

    @Given("my mail program puts mail for my address in the junk folder")
    public void junkRuleForMe() {
        new MailboxIndexPage(browser.driver()).open(lab.mailUrl()).sendToJunkMailFor(me.email());
    }

    @Then("my inbox stays empty but the e-mail is in my junk folder")
    public void mailInJunk() {
        MailboxPage mailbox = new MailboxIndexPage(browser.driver()).open(lab.mailUrl()).openMailboxOf(me.email());
        mailbox.openFolder("Junk").openNewestMessageAbout(VERIFY);
        MailboxPage again = new MailboxIndexPage(browser.driver()).open(lab.mailUrl()).openMailboxOf(me.email());
        assertThat(again.countIn("INBOX")).as("mails in the inbox").isZero();
        assertThat(again.countIn("Junk")).as("mails in the junk folder").isEqualTo(1);
    }

    @Then("the link in the e-mail from the junk folder lets me choose my password")
    public void linkFromJunk() {
        new MailboxIndexPage(browser.driver()).open(lab.mailUrl()).openMailboxOf(me.email())
                .openFolder("Junk").openNewestMessageAbout(VERIFY).clickLinkContaining(NEW_PASSWORD_LINK);
        new NewPasswordPage(browser.driver()).assertCurrent();
    }

    @When("I open the e-mail in a mail program that wraps lines")
    public void openInANarrowMailProgram() {
        mailbox.open(me.email(), VERIFY).viewInANarrowMailProgram();
    }

    @When("I click the part of the link that stayed a link")
    public void clickTheWrappedLink() {
        new MailMessagePage(browser.driver()).clickTheLinkAsWrapped();
    }

    @Given("the mail server refuses mail for a while")
    public void mailServerDown() {
        lab.mailApi().setFault(SmtpFault.temporary());
    }

    @When("the mail server accepts mail again")
    public void mailServerBack() {
        lab.mailApi().clearFaults();
    }

    /** "A few minutes after completing the form, you should receive an e-mail" (EURES FAQ): five, on the lab clock. */
    @Then("no e-mail arrives in my own mailbox, even after a few minutes")
    public void noMailForMe() {
        mailbox.assertNothingArrivesWithin(Duration.ofMinutes(5));
    }

    /** Every mail the lab's mailboxes received in this scenario, mine and any other, inbox and junk (FAQ PWD-03). */
    @Then("my password appears in no e-mail I received")
    public void passwordInNoMail() {
        List<MailMessage> mails = lab.mailApi().mailboxes().stream()
                .flatMap(mailbox -> lab.mailApi().messages(mailbox.address()).stream())
                .toList();
        assertThat(mails).as("mails received").isNotEmpty()
                .anySatisfy(mail -> assertThat(mail.to()).contains(me.email()))
                .allSatisfy(mail -> assertThat(String.join("\n", mail.subject(), mail.text(), mail.html(),
                        String.join("\n", mail.links())))
                        .as("the mail \"" + mail.subject() + "\" to " + mail.to()).doesNotContain(me.password()));
    }

    /** The newest mail, open in the web mailbox: its text, as the person reads it (FAQ ACC-14). */
    @Then("its text begins with {string} and says {string}")
    public void mailTextSays(String greeting, String sentence) {
        String text = new MailMessagePage(browser.driver()).text();
        assertThat(text).startsWith(greeting).contains(sentence);
    }
}
