package lab.eulogin.steps;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.MyAccount;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.pages.LoginPage;
import lab.eulogin.steps.pages.LoginSuccessPage;
import lab.eulogin.steps.pages.Page;
import lab.eulogin.steps.pages.PasswordPage;
import lab.eulogin.steps.pages.SecondFactorRequiredPage;

/** Having an account and signing in with it: the steps most scenarios start from. */
public class SignInSteps {
    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private final MyAccount account;

    public SignInSteps(Browser browser, RunningLab lab, Person me, MyAccount account) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
        this.account = account;
    }

    @Given("I have an EU Login account")
    public void haveAnAccount() {
        account.create();
    }

    @Given("I am signed in to My Account")
    public void signedInToMyAccount() {
        haveAnAccount();
        openMyAccount();
    }

    /** Opening My Account asks to sign in when the browser is not signed in yet. */
    @When("I open My Account")
    public void openMyAccount() {
        account.open();
    }

    @When("I choose {string} in My Account")
    public void chooseInMyAccount(String menuEntry) {
        account.choose(menuEntry);
    }

    @When("I sign in with my e-mail address and my password")
    public void signInWithPassword() {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).signIn(me.password());
    }

    @When("I sign in with the keyboard alone: Tab to each field, type, and Enter")
    public void signInWithTheKeyboard() {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueWithTheKeyboardAs(me.email())
                .signInWithTheKeyboard(me.password());
    }

    @When("I sign in with my password and the verification method {string}")
    public void signInWithMethod(String method) {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).signIn(me.password(), method);
    }

    @Then("I am signed in to EU Login")
    public void signedIn() {
        new LoginSuccessPage(browser.driver()).assertCurrent();
    }

    @Given("I have an EU Login account that also had the ECAS user name {string}")
    public void haveALegacyUsername(String username) {
        lab.accounts().create(me.accountWith(Map.of("kind", "STAFF", "legacyUsername", username)));
    }

    @Given("I have an EU Login account whose address was later changed by the operator to {string}")
    public void haveAnOperatorAddress(String address) {
        lab.accounts().create(me.accountWith(Map.of("kind", "STAFF", "operatorEmail", address)));
    }

    @Given("I am a {kind} whose password was last changed {int} months ago")
    public void passwordChangedMonthsAgo(String kind, int months) {
        lab.accounts().create(me.accountWith(Map.of("kind", kind, "passwordAge", "P" + months + "M")));
    }

    /** The day before the password is {@code months} old, on the lab clock (FAQ SIGN-12, HELP-04). */
    @Given("I am a {kind} whose password will be {int} months old tomorrow")
    public void passwordOldTomorrow(String kind, int months) {
        lab.accounts().create(me.accountWith(Map.of("kind", kind, "passwordAge", "P" + months + "M-1D")));
    }

    @When("I enter {string} on the EU Login main page and click NEXT")
    public void enterIdentifier(String identifier) {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(identifier);
    }

    @When("I enter my e-mail address on the EU Login main page and click NEXT")
    public void enterMyAddress() {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email());
    }

    @When("I enter an address that has no account and click NEXT")
    public void enterUnknownAddress() {
        Page.go(browser.driver(), lab.idpUrl() + "/cas/login?restart=1");
        new LoginPage(browser.driver()).continueAs(me.ownVariantOf("nobody@example.org"));
    }

    @Then("I am asked for my password, so an account exists")
    public void askedForPassword() {
        new PasswordPage(browser.driver()).assertCurrent();
    }

    @Then("I am told that there is no EU Login account with this e-mail address")
    public void toldNoAccount() {
        assertThat(new LoginPage(browser.driver()).says("account-unknown")).as("account unknown").isTrue();
    }

    @Then("I am told that user names no longer sign in and to use my e-mail address instead")
    public void toldLegacyUsername() {
        assertThat(new LoginPage(browser.driver()).says("legacy-username")).as("legacy user name").isTrue();
    }

    @Then("I am told that EU Login recognises only the address my account was created with")
    public void toldOriginalAddressOnly() {
        assertThat(new LoginPage(browser.driver()).says("address-changed-by-operator")).as("operator address").isTrue();
    }

    @Given("I signed in on this browser before and closed it")
    public void signedInBeforeAndClosed() {
        signInWithPassword();
        signedIn();
        browser.forgetSession();
    }

    @When("I come back to EU Login")
    public void comeBack() {
        Page.go(browser.driver(), lab.idpUrl() + "/cas/login");
    }

    @Then("I am welcomed back with my e-mail address already filled in")
    public void welcomedBack() {
        PasswordPage page = new PasswordPage(browser.driver());
        assertThat(page.heading()).isEqualTo("Welcome back");
        assertThat(page.email()).isEqualTo(me.email());
    }

    @Then("I can sign in with my password alone")
    public void signInWithPasswordAlone() {
        new PasswordPage(browser.driver()).signIn(me.password());
        signedIn();
    }

    @When("I click on 'Sign in with a different e-mail address?'")
    public void useADifferentAddress() {
        new PasswordPage(browser.driver()).useADifferentEmail();
    }

    @Then("I am asked for my e-mail address again")
    public void askedForAddress() {
        new LoginPage(browser.driver()).assertCurrent();
    }

    /** A later visit: not "Welcome back", and no address filled in (FAQ SIGN-02's "forgets"). */
    @Then("I am asked for my e-mail address again, and the field is empty")
    public void askedForAddressInAnEmptyField() {
        assertThat(new LoginPage(browser.driver()).typedIdentifier()).as("the e-mail address field").isEmpty();
    }

    @When("I clear the browser's stored data")
    public void clearStoredData() {
        browser.clearStoredData();
    }

    @When("I sign in again")
    public void signInAgain() {
        browser.forgetSession();
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email());
    }

    @Then("the only verification method offered is {string}")
    public void onlyMethod(String method) {
        PasswordPage page = new PasswordPage(browser.driver());
        assertThat(page.methods()).containsExactly(method);
    }

    @When("I sign in to a service that requires a second factor")
    public void signInToEures() {
        Page.go(browser.driver(), lab.idpUrl() + "/cas/login?service=" + lab.demoUrl() + "/eures/");
        new PasswordPage(browser.driver()).signIn(me.password());
    }

    @Then("I am told that this application requires more than my password and how to add a method")
    public void toldSecondFactorNeeded() {
        SecondFactorRequiredPage page = new SecondFactorRequiredPage(browser.driver());
        assertThat(page.saysMoreThanThePasswordIsNeeded()).as("more than the password needed").isTrue();
        assertThat(page.howToAddOne()).isNotBlank();
        assertThat(page.offersToManageMobilePhones()).as("a way to add a phone number").isTrue();
    }

    /** A retiree's EU Login4Life, or the "external" EU Login a retiree made themself (retirees FAQ, HELP-04). */
    @ParameterType("retiree with an EU Login4Life|retiree with an external EU Login|retiree|staff member|self-registered user")
    public String kind(String words) {
        return switch (words) {
            case "retiree", "retiree with an EU Login4Life" -> "RETIREE";
            case "retiree with an external EU Login" -> "RETIREE_EXTERNAL";
            case "staff member" -> "STAFF";
            default -> "EXTERNAL";
        };
    }
}
