package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.pages.LoginPage;
import lab.eulogin.steps.pages.PasswordPage;
import lab.eulogin.steps.pages.SecondFactorRequiredPage;
import lab.eulogin.steps.pages.ServiceLogin;
import lab.eulogin.steps.pages.SignInBox;

/**
 * Signing in at an application behind EU Login (the EURES portal, My Remote): its "Login", the
 * password step EU Login shows for it, the verification methods offered there, and the page that
 * says the application needs more than the password (FAQ SMS-03, SMS-07, SMS-08, ACC-15, SIGN-14).
 */
public class ServiceSignInSteps {
    private static final String EURES_HOME = "/eures/public/en/homepage";
    private static final String MY_REMOTE_HOME = "/myremote/";

    private final Browser browser;
    private final RunningLab lab;
    private final Person me;

    public ServiceSignInSteps(Browser browser, RunningLab lab, Person me) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
    }

    // --- Signing in at a service (the EURES portal, My Remote)

    @When("I go to the EURES portal and click on 'Login'")
    public void loginAtEures() {
        eures().login(lab.idpUrl());
    }

    @When("I go to My Remote and click on 'Login'")
    public void loginAtMyRemote() {
        myRemote().login(lab.idpUrl());
    }

    @When("I sign in to the EURES portal with my password and {string}")
    public void signInAtEures(String method) {
        loginAtEures();
        new SignInBox(browser.driver()).passwordStep(me.email()).signIn(me.password(), method);
    }

    @Then("I am prompted by the 'Welcome back' sign in screen, for the EURES portal")
    public void welcomeBackForEures() {
        assertThat(new PasswordPage(browser.driver()).heading()).isEqualTo("Welcome back");
        assertThat(new SignInBox(browser.driver()).requestedBy()).isEqualTo("EURES portal");
    }

    @When("I type my password, choose {string} in 'Choose your verification method' and click on 'Sign in'")
    public void typePasswordAndChoose(String method) {
        new PasswordPage(browser.driver()).signIn(me.password(), method);
    }

    @When("I type my password and click on 'Sign in'")
    public void typePassword() {
        new SignInBox(browser.driver()).passwordStep(me.email()).signIn(me.password());
    }

    @When("I type my e-mail address, click on 'Next', then my password and click on 'Sign in'")
    public void typeAddressAndPassword() {
        new LoginPage(browser.driver()).continueAs(me.email()).signIn(me.password());
    }

    @Then("{string} is among the verification methods I can choose")
    public void methodOffered(String method) {
        assertThat(new SignInBox(browser.driver()).passwordStep(me.email()).methods()).contains(method);
    }

    /** On the password step (the page object checks it), with or without other methods left to choose. */
    @Then("{string} is not among the verification methods I can choose")
    public void methodNotOffered(String method) {
        assertThat(new SignInBox(browser.driver()).passwordStep(me.email()).methods()).doesNotContain(method);
    }

    @Then("I am successfully logged into the EURES portal")
    public void signedInAtEures() {
        eures().assertSignedIn();
    }

    // --- Services that need a second factor (FAQ SMS-07, SMS-08)

    @Then("I am told that {} requires more than my password")
    public void serviceNeedsMoreThanThePassword(String service) {
        SecondFactorRequiredPage page = new SecondFactorRequiredPage(browser.driver());
        assertThat(page.saysMoreThanThePasswordIsNeeded()).isTrue();
        assertThat(page.serviceName()).isEqualTo(service.replaceFirst("^the ", ""));
    }

    @Then("the verification methods it accepts are:")
    public void acceptedMethods(List<String> methods) {
        assertThat(new SecondFactorRequiredPage(browser.driver()).acceptedMethods()).containsExactlyElementsOf(methods);
    }

    @Then("I am offered to add a mobile device, and not a mobile phone number")
    public void offeredTheAppOnly() {
        SecondFactorRequiredPage page = new SecondFactorRequiredPage(browser.driver());
        assertThat(page.offersToManageMobileDevices()).as("'Manage my mobile devices' offered").isTrue();
        assertThat(page.offersToManageMobilePhones()).as("'Manage my mobile phone numbers' offered").isFalse();
        assertThat(page.howToAddOne()).contains("EU Login app").doesNotContain("phone number");
    }

    private ServiceLogin eures() {
        return new ServiceLogin(browser.driver(), lab.demoUrl() + EURES_HOME);
    }

    private ServiceLogin myRemote() {
        return new ServiceLogin(browser.driver(), lab.demoUrl() + MY_REMOTE_HOME);
    }
}
