package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.pages.MailMessagePage;
import lab.eulogin.steps.pages.MailboxIndexPage;

/** Reading mail as a person does: in the web mailbox, in the browser. */
public class MailboxSteps {
    private static final String NEW_PASSWORD_LINK = "/cas/init/initialisePasswordLogin.cgi";

    private final Browser browser;
    private final RunningLab lab;
    private final Person me;

    public MailboxSteps(Browser browser, RunningLab lab, Person me) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
    }

    @Then("I receive an e-mail in my mailbox to verify that I have access to it")
    public void receiveTheVerificationMail() {
        assertThat(openMyNewestMail().text()).contains(NEW_PASSWORD_LINK);
    }

    @When("I click the link in the e-mail")
    @Given("I have clicked the link in the e-mail")
    public void clickTheLink() {
        openMyNewestMail().clickLinkContaining(NEW_PASSWORD_LINK);
    }

    private MailMessagePage openMyNewestMail() {
        return new MailboxIndexPage(browser.driver()).open(lab.mailUrl()).openMailboxOf(me.email()).openNewestMessage();
    }
}
