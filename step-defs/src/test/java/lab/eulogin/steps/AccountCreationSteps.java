package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.pages.LinkInvalidPage;
import lab.eulogin.steps.pages.LoginPage;
import lab.eulogin.steps.pages.LoginSuccessPage;
import lab.eulogin.steps.pages.MailSentPage;
import lab.eulogin.steps.pages.NewPasswordPage;
import lab.eulogin.steps.pages.PasswordSetPage;
import lab.eulogin.steps.pages.RegisterPage;

/** Creating an account (FAQ ACC-01 to ACC-06): the form, the new password, signing in. */
public class AccountCreationSteps {
    private final Browser browser;
    private final RunningLab lab;
    private final Person me;

    public AccountCreationSteps(Browser browser, RunningLab lab, Person me) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
    }

    @Given("I am on the EU Login main page")
    public void onTheMainPage() {
        new LoginPage(browser.driver()).open(lab.idpUrl());
    }

    @When("I click on the 'Create an account' link")
    public void clickCreateAnAccount() {
        new LoginPage(browser.driver()).createAnAccount();
    }

    @When("I fill in the form provided with my personal details")
    public void fillInTheForm() {
        new RegisterPage(browser.driver()).fillIn(me.registrationForm());
    }

    @When("I click on 'Create an account' to proceed")
    public void proceed() {
        new RegisterPage(browser.driver()).createAccount();
    }

    @Then("I am told that an e-mail has been sent to the address I provided")
    public void toldMailSent() {
        new MailSentPage(browser.driver()).assertCurrent();
    }

    @Given("I have filled in the form to create an account")
    public void registered() {
        new RegisterPage(browser.driver()).open(lab.idpUrl()).register(me.registrationForm());
        new MailSentPage(browser.driver()).assertCurrent();
    }

    @Then("I am invited to select a password and to confirm it")
    public void invitedToSelectAPassword() {
        new NewPasswordPage(browser.driver()).assertCurrent();
    }

    @When("I type {string} in the 'New password' field and again in the 'Confirm new password' field and click on 'Submit'")
    @When("I choose the password {string}")
    public void chooseAPassword(String password) {
        me.choosePassword(password);
        new NewPasswordPage(browser.driver()).choose(password, password);
    }

    @When("I type {string} in the 'New password' field but {string} in the 'Confirm new password' field")
    public void typeTwoPasswords(String password, String confirmation) {
        new NewPasswordPage(browser.driver()).choose(password, confirmation);
    }

    @Then("I am told that the two passwords do not match")
    public void toldPasswordsDiffer() {
        assertThat(new NewPasswordPage(browser.driver()).saysPasswordsDiffer()).as("passwords differ").isTrue();
    }

    @Then("the password is refused, with the rule of at least {int} characters")
    public void passwordRefused(int minimumLength) {
        assertThat(new NewPasswordPage(browser.driver()).weakPasswordMessage()).contains(String.valueOf(minimumLength));
    }

    @Then("I am now authenticated and can proceed to the service I want to use")
    public void authenticated() {
        assertThat(new PasswordSetPage(browser.driver()).saysAuthenticated()).as("authenticated").isTrue();
    }

    @Then("I can sign in with my e-mail address and my new password")
    public void signIn() {
        browser.forgetSession();
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).signIn(me.password());
        new LoginSuccessPage(browser.driver()).assertCurrent();
    }

    @Then("I am told that the link has expired")
    public void toldLinkExpired() {
        assertThat(new LinkInvalidPage(browser.driver()).saysExpired()).as("link expired").isTrue();
    }

    @Then("I am offered to request a new link on the password reset request page")
    public void offeredANewLink() {
        assertThat(new LinkInvalidPage(browser.driver()).newLinkAddress()).endsWith("/cas/init/passwordResetRequest.cgi");
    }
}
