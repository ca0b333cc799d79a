package lab.eulogin.steps;

import java.util.Map;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.pages.LoginPage;
import lab.eulogin.steps.pages.LoginSuccessPage;
import lab.eulogin.steps.pages.MyAccountPage;
import lab.eulogin.steps.pages.PasswordPage;

/** Having an account and signing in with it: the steps most scenarios start from. */
public class SignInSteps {
    private final Browser browser;
    private final RunningLab lab;
    private final Person me;

    public SignInSteps(Browser browser, RunningLab lab, Person me) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
    }

    @Given("I have an EU Login account")
    public void haveAnAccount() {
        lab.accounts().create(me.accountWith(Map.of()));
    }

    @Given("I am signed in to My Account")
    public void signedInToMyAccount() {
        haveAnAccount();
        openMyAccount();
    }

    /** Opening My Account asks to sign in when the browser is not signed in yet. */
    @When("I open My Account")
    public void openMyAccount() {
        MyAccountPage myAccount = new MyAccountPage(browser.driver());
        myAccount.open(lab.idpUrl());
        if (!myAccount.isCurrent()) {
            new LoginPage(browser.driver()).continueAs(me.email()).signIn(me.password());
        }
        myAccount.assertCurrent();
    }

    @When("I choose {string} in My Account")
    public void chooseInMyAccount(String menuEntry) {
        new MyAccountPage(browser.driver()).choose(menuEntry);
    }

    @When("I sign in with my e-mail address and my password")
    public void signInWithPassword() {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).signIn(me.password());
    }

    @When("I sign in with my password and the verification method {string}")
    public void signInWithMethod(String method) {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).signIn(me.password(), method);
    }

    @Then("I am signed in to EU Login")
    public void signedIn() {
        new LoginSuccessPage(browser.driver()).assertCurrent();
    }

    /** The password step, for steps that look at it before signing in. */
    PasswordPage passwordPage() {
        return new PasswordPage(browser.driver());
    }
}
