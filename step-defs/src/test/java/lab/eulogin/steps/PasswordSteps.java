package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.MyAccount;
import lab.eulogin.steps.fixtures.MyMailbox;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.fixtures.ScenarioLog;
import lab.eulogin.steps.pages.ConfirmationPage;
import lab.eulogin.steps.pages.LoginPage;
import lab.eulogin.steps.pages.MyAccountPage;
import lab.eulogin.steps.pages.PasswordFormPage;
import lab.eulogin.steps.pages.PasswordPage;
import lab.eulogin.steps.pages.PasswordResetRequestPage;

/** Wrong passwords, locked accounts, lost and expired passwords, changing them (SIGN-06, SIGN-07, SIGN-12, PWD). */
public class PasswordSteps {
    private static final String WRONG_PASSWORD = "Not-my-password-1";
    /** Never a captcha's code: the pictures have no O and no 1. */
    private static final String WRONG_CODE = "WRONG1";

    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private final MyMailbox mailbox;
    private final MyAccount account;
    private final ScenarioLog log;

    public PasswordSteps(Browser browser, RunningLab lab, Person me, MyMailbox mailbox, MyAccount account,
                         ScenarioLog log) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
        this.mailbox = mailbox;
        this.account = account;
        this.log = log;
    }

    @When("I sign in with my e-mail address and the password {string}")
    public void signInWith(String password) {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).signIn(password);
    }

    @Then("I am told {string}")
    public void told(String words) {
        assertThat(browser.visibleText()).contains(words);
    }

    @Then("I am offered to reset my password")
    public void offeredAReset() {
        assertThat(new PasswordPage(browser.driver()).resetLinkAddress()).endsWith(PasswordResetRequestPage.PATH);
    }

    @When("I type a wrong password {int} times in a row")
    @Given("I typed a wrong password {int} times in a row")
    public void wrongPasswords(int times) {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email());
        for (int i = 0; i < times; i++) {
            new PasswordPage(browser.driver()).signIn(WRONG_PASSWORD);
        }
    }

    @Then("I am told that my account is locked and until when")
    public void toldLocked() {
        PasswordPage page = new PasswordPage(browser.driver());
        assertThat(page.says("account-locked")).as("account locked").isTrue();
        assertThat(page.messageText("account-locked")).containsPattern("\\d{1,2}:\\d{2}");
    }

    /** The right password, typed and signed in with, is refused while the account is locked (FAQ SIGN-07). */
    @Then("even my right password does not sign me in")
    @Given("even my right password did not sign me in")
    public void rightPasswordRefused() {
        browser.forgetSession();
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).signIn(me.password());
        PasswordPage page = new PasswordPage(browser.driver());
        assertThat(page.says("account-locked")).as("refused as locked").isTrue();
        assertThat(page.saysPasswordIncorrect()).as("the password is not called incorrect").isFalse();
    }

    @Then("I cannot ask for a new password while it is locked")
    public void noResetWhileLocked() {
        PasswordResetRequestPage page = new PasswordResetRequestPage(browser.driver()).open(lab.idpUrl());
        page.askFor(me.email(), codeOfThePicture());
        assertThat(page.saysLocked()).as("reset refused while locked").isTrue();
    }

    @Then("I can sign in with my e-mail address and my new password")
    @Then("I can sign in with my e-mail address and my password")
    public void canSignIn() {
        account.signInAnew();
    }

    @Then("my old password no longer signs me in")
    public void oldPasswordRefused() {
        browser.forgetSession();
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).signIn(me.previousPassword());
        assertThat(new PasswordPage(browser.driver()).saysPasswordIncorrect()).as("old password refused").isTrue();
    }

    @Then("I am asked to change my expired password")
    public void askedToChange() {
        assertThat(PasswordFormPage.passwordExpired(browser.driver()).says("password-expired")).isTrue();
    }

    @When("I choose the new password {string}")
    public void chooseNewPassword(String password) {
        PasswordFormPage.passwordExpired(browser.driver()).change(me.password(), password);
        me.choosePassword(password);
    }

    @When("I click on 'Lost your password?' and ask for a new password for my address")
    public void lostPassword() {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).lostYourPassword();
        PasswordResetRequestPage.shown(browser.driver()).askFor(me.email(), codeOfThePicture());
    }

    @Given("I asked for a new password")
    @When("I ask for a new link on the password reset request page")
    public void askForANewLink() {
        new PasswordResetRequestPage(browser.driver()).open(lab.idpUrl()).askFor(me.email(), codeOfThePicture());
        sentConfirmation();
    }

    @When("I ask for a new password for my address but type a wrong code")
    public void askWithAWrongCode() {
        new PasswordResetRequestPage(browser.driver()).open(lab.idpUrl()).askFor(me.email(), WRONG_CODE);
    }

    @Then("I am told next to the code that it does not match the picture, and my address is still there")
    public void toldTheCodeIsWrong() {
        PasswordResetRequestPage page = new PasswordResetRequestPage(browser.driver());
        assertThat(page.fieldErrors()).containsEntry("captcha", "captcha-wrong");
        assertThat(page.typedEmail()).isEqualTo(me.email());
    }

    @When("I type the code of the new picture and press Enter")
    public void rightCodeWithEnter() {
        PasswordResetRequestPage.shown(browser.driver()).askForWithEnter(me.email(), codeOfThePicture());
    }

    @Given("I asked for a new password and clicked the link in the password reset e-mail")
    public void askedAndClicked() {
        askForANewLink();
        mailbox.clickTheResetLink();
    }

    @Then("I am told that an e-mail with a link has been sent")
    public void sentConfirmation() {
        assertThat(new ConfirmationPage(browser.driver(), "password-reset-sent").says("reset-mail-sent")).isTrue();
    }

    @When("I change my password to {string}")
    public void changePassword(String password) {
        PasswordFormPage.changePassword(browser.driver()).change(me.password(), password);
        me.choosePassword(password);
    }

    @When("I give a wrong current password when changing my password")
    public void wrongCurrentPassword() {
        PasswordFormPage.changePassword(browser.driver()).change(WRONG_PASSWORD, "Changed-From-Account-1");
    }

    @Then("the new password is refused with the rule shown")
    public void newPasswordRefused() {
        assertThat(PasswordFormPage.changePassword(browser.driver()).errorNextTo("password")).contains("at least 10 characters");
    }

    @Then("I am told that my account has been successfully updated")
    public void accountUpdated() {
        assertThat(browser.visibleText()).contains("Your account has been successfully updated");
    }

    @When("I open My Account and my account details")
    public void openDetails() {
        MyAccountPage myAccount = new MyAccountPage(browser.driver());
        myAccount.open(lab.idpUrl());
        myAccount.choose("My account details");
        new ConfirmationPage(browser.driver(), "account-details").assertCurrent();
    }

    /** Lines of every level, stack traces included; the scenario makes the lab log some (FAQ PWD-03). */
    @Then("my password appears in no line the lab logged")
    public void passwordInNoLogLine() {
        assertThat(log.lines()).as("lines the lab logged during the scenario").isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain(me.password()));
    }

    @Then("my password appears on no page I saw")
    public void passwordOnNoPage() {
        List<String> pages = new ArrayList<>(browser.pagesSeen());
        assertThat(pages).as("pages seen").isNotEmpty()
                .allSatisfy(page -> assertThat(page).doesNotContain(me.password()));
    }

    /** The code of the picture the browser shows, as the person reads it (the lab tells it). */
    private String codeOfThePicture() {
        return lab.captchaShownTo(browser.labClientId());
    }
}
