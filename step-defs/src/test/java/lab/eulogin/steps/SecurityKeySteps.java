package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.idp.signin.LoginFlow;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.MyKeys;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.pages.AddSecurityKeyPage;
import lab.eulogin.steps.pages.PanicPage;
import lab.eulogin.steps.pages.SecurityKeyPrompt;
import lab.eulogin.steps.pages.SecurityKeysPage;

/** "Security Key or Trusted Platform" (FAQ APP-09): registering one in My Account, signing in with it. */
public class SecurityKeySteps {
    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private final MyKeys keys;

    public SecurityKeySteps(Browser browser, RunningLab lab, Person me, MyKeys keys) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
        this.keys = keys;
    }

    @Given("I have a USB security key, {string}, in my computer")
    public void haveAUsbKey(String name) {
        keys.plugInUsbKey(name);
    }

    @Given("I have an EU Login account, and no smartphone")
    public void accountWithoutASmartphone() {
        lab.accounts().create(me.accountWith(Map.of()));
    }

    @Given("my laptop's own verification, {string}, is registered to my account")
    public void laptopRegistered(String name) {
        keys.useTrustedPlatform(name);
        keys.registerToMyAccount(name);
    }

    @Given("my USB security key {string} is registered to my account")
    public void usbKeyRegistered(String name) {
        keys.plugInUsbKey(name);
        keys.registerToMyAccount(name);
    }

    /** One key in the computer at a time, as a person registers them: the first is taken out for the second. */
    @Given("my USB security keys {string} and {string} are registered to my account")
    public void usbKeysRegistered(String first, String second) {
        usbKeyRegistered(first);
        keys.takeOut(first);
        usbKeyRegistered(second);
    }

    @When("I click on 'Add a Security Key or Trusted Platform' and name it {string}")
    public void addAndName(String name) {
        new SecurityKeysPage(browser.driver()).addOne();
        new AddSecurityKeyPage(browser.driver()).name(name);
    }

    @When("I click on 'Register it' and touch my security key")
    public void registerIt() {
        SecurityKeyPrompt.registering(browser.driver()).useTheKey();
    }

    /** The virtual authenticators answer by themselves: touched, or the fingerprint recognised. */
    @When("I click on 'Use my Security Key or Trusted Platform' and touch my security key")
    @When("I click on 'Use my Security Key or Trusted Platform' and confirm with my fingerprint")
    public void useIt() {
        SecurityKeyPrompt.signingIn(browser.driver()).useTheKey();
    }

    @When("I click on 'Delete' next to {string}")
    public void delete(String name) {
        new SecurityKeysPage(browser.driver()).delete(name);
    }

    @When("I take {string} out of my computer and put {string} in")
    @When("I take {string} out of my computer and put {string} back in")
    public void swapKeys(String out, String in) {
        keys.takeOut(out);
        keys.putBackIn(in);
    }

    @When("I take {string} out of my computer and put another USB security key, {string}, in")
    public void swapForAnotherKey(String out, String other) {
        keys.takeOut(out);
        keys.plugInUsbKey(other);
    }

    @Then("I am told that my security key is registered and can be used for authenticating")
    public void toldRegistered() {
        assertThat(new SecurityKeysPage(browser.driver()).saysKeyAdded()).isTrue();
    }

    @Then("{string} is listed in my Security Keys and Trusted Platforms")
    public void listed(String name) {
        assertThat(new SecurityKeysPage(browser.driver()).keyNames()).contains(name);
    }

    @Then("I am told that the key was deleted and can no longer be used to sign in")
    public void toldDeleted() {
        assertThat(new SecurityKeysPage(browser.driver()).saysKeyDeleted()).isTrue();
    }

    @Then("{string} is no longer listed, and {string} still is")
    public void oneLeft(String deleted, String kept) {
        assertThat(new SecurityKeysPage(browser.driver()).keyNames()).contains(kept).doesNotContain(deleted);
    }

    @Then("I am told that no registered security key or trusted platform answered")
    public void toldNoKeyAnswered() {
        assertThat(SecurityKeyPrompt.signingIn(browser.driver()).saysNoRegisteredKeyAnswered()).isTrue();
    }

    /** Still at the method's step, and the browser holds no single sign-on of EU Login. */
    @Then("I am not signed in")
    public void notSignedIn() {
        SecurityKeyPrompt.signingIn(browser.driver()).assertCurrent();
        assertThat(browser.driver().manage().getCookieNamed(LoginFlow.TGC_COOKIE)).as("EU Login's sign-in cookie").isNull();
    }

    @Then("I am told how many security keys and trusted platforms this deletes: {int}")
    public void panicCount(int count) {
        assertThat(new PanicPage(browser.driver()).keyCount()).endsWith(": " + count);
    }
}
