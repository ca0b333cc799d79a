package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.pages.LoginPage;
import lab.eulogin.steps.pages.PasswordPage;

/** Wrong passwords, lost passwords and changing them (FAQ SIGN-06, SIGN-07, PWD-01 to PWD-04). */
public class PasswordSteps {
    private final Browser browser;
    private final RunningLab lab;
    private final Person me;

    public PasswordSteps(Browser browser, RunningLab lab, Person me) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
    }

    @When("I sign in with my e-mail address and the password {string}")
    public void signInWith(String password) {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email()).signIn(password);
    }

    @Then("I am told {string}")
    public void told(String words) {
        assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getText()).contains(words);
    }

    @Then("I am offered to reset my password")
    public void offeredAReset() {
        assertThat(new PasswordPage(browser.driver()).resetLinkAddress()).endsWith("/cas/init/passwordResetRequest.cgi");
    }
}
