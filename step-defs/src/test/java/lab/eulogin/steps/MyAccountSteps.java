package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.MyAccount;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.pages.ChangeEmailPage;
import lab.eulogin.steps.pages.ConfigureAccountPage;
import lab.eulogin.steps.pages.ConfirmationPage;
import lab.eulogin.steps.pages.GearMenu;
import lab.eulogin.steps.pages.IdentityRequestPage;
import lab.eulogin.steps.pages.LoginPage;
import lab.eulogin.steps.pages.MyAccountPage;

/**
 * My Account reached through the gear menu (SMS-02, APP-01), changing the e-mail address there (FAQ
 * HELP-03), and "Configure my account".
 */
public class MyAccountSteps {
    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private final MyAccount account;

    public MyAccountSteps(Browser browser, RunningLab lab, Person me, MyAccount account) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
        this.account = account;
    }

    /** "Move the mouse over the gear at the top right-hand corner to display the menu and select 'My Account'" (EURES FAQ). */
    @When("I move the mouse over the gear at the top right-hand corner and select 'My Account'")
    public void myAccountThroughTheGear() {
        new GearMenu(browser.driver()).myAccountWithTheMouse();
        new MyAccountPage(browser.driver()).assertCurrent();
    }

    /** The same menu without a mouse: the gear takes the focus with Tab, and its menu shows. */
    @When("I open the gear menu at the top right-hand corner with the keyboard and select 'My Account'")
    public void myAccountThroughTheGearWithTheKeyboard() {
        new GearMenu(browser.driver()).myAccountWithTheKeyboard();
        new MyAccountPage(browser.driver()).assertCurrent();
    }

    @Given("someone else already has the account {string}")
    public void someoneElseHas(String address) {
        lab.accounts().create(Map.of("email", me.ownVariantOf(address), "password", Person.GIVEN_PASSWORD));
    }

    @When("I ask to use my new address {string} with my password")
    public void askForNewAddress(String address) {
        new ChangeEmailPage(browser.driver()).askFor(me.chooseNewEmail(address), me.password());
    }

    @Then("I am told that a link has been sent to the new address")
    public void toldLinkSent() {
        ConfirmationPage sent = new ConfirmationPage(browser.driver(), "change-email-sent");
        assertThat(sent.says("email-change-sent")).isTrue();
        assertThat(browser.visibleText()).contains(me.newEmail());
    }

    @Then("until I confirm, I still sign in with my old address")
    public void oldAddressStillSignsIn() {
        account.signInAnew();
    }

    @Then("I can sign in with my new address and my password")
    public void newAddressSignsIn() {
        browser.forgetSession();
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.newEmail()).signIn(me.password());
        new ConfirmationPage(browser.driver(), "login-success").assertCurrent();
    }

    @Then("I am told that this new e-mail address is already registered")
    public void newAddressTaken() {
        assertThat(new ChangeEmailPage(browser.driver()).fieldErrors()).containsEntry("newEmail", "email-already-registered");
    }

    @When("I tick {string} and submit")
    public void tickAndSubmit(String option) {
        new ConfigureAccountPage(browser.driver()).tickAndSubmit(option);
    }

    @Then("EU Login tells me that {string} asks for my identity")
    public void identityAsked(String application) {
        assertThat(new IdentityRequestPage(browser.driver()).asker()).isEqualTo(application);
    }

    @When("I continue")
    public void proceed() {
        new IdentityRequestPage(browser.driver()).proceed();
    }

    @Then("I am told that I must first add a verification method beside my password")
    public void secondFactorNeededFirst() {
        ConfigureAccountPage page = new ConfigureAccountPage(browser.driver());
        assertThat(page.fieldErrors()).containsValue("multi-factor-needs-second-factor");
    }
}
