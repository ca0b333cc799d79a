package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.pages.EuShareWelcomePage;
import lab.eulogin.steps.pages.PasswordPage;
import lab.eulogin.steps.pages.ServicePage;

/**
 * An application that signs in with OpenID Connect instead of CAS (the demo's EUShare): what it
 * received in the ID token, its second factor asked with {@code acr_values}, and its logout
 * through EU Login's end-session. Signing in, single sign-on and logout otherwise go through the
 * same steps as for CAS applications ({@link ServiceSteps}).
 */
public class OpenIdConnectSteps {
    private final Browser browser;
    private final Person me;

    public OpenIdConnectSteps(Browser browser, Person me) {
        this.browser = browser;
        this.me = me;
    }

    @Then("{string} opens, and shows what it received from EU Login: my e-mail address, my name and how I signed in")
    public void opensWithWhatItReceived(String application) {
        ServicePage page = new ServicePage(browser.driver(), application);
        assertThat(page.received("email")).isEqualTo(me.email());
        assertThat(page.received("given_name")).isEqualTo(me.firstName());
        assertThat(page.received("family_name")).isEqualTo(me.lastName());
        assertThat(page.received("amr")).as("the password alone").isEqualTo("pwd");
        assertThat(page.receivedInWords("amr")).startsWith("Password");
        assertThat(page.received("sso")).as("a new sign-in, not the single sign-on").isEqualTo("false");
    }

    @Then("EU Login asks me for a second factor, for {string}")
    public void askedForASecondFactor(String application) {
        PasswordPage password = new PasswordPage(browser.driver());
        assertThat(password.messageText("requested-by")).startsWith(application);
        assertThat(password.methods()).isNotEmpty().doesNotContain("Password");
    }

    @Then("{string} lets me share a file, and shows that I signed in with {string}")
    public void letsMeShareAFile(String application, String method) {
        ServicePage page = new ServicePage(browser.driver(), application);
        assertThat(page.says("second-factor-confirmed")).as("EUShare's page for sharing a file").isTrue();
        assertThat(page.received("email")).isEqualTo(me.email());
        assertThat(page.receivedInWords("amr")).contains(method);
    }

    @Then("EUShare says that I have signed out of EUShare and of EU Login")
    public void signedOutOfEuShare() {
        assertThat(new EuShareWelcomePage(browser.driver()).aboutSigningOut())
                .contains("You have signed out of EUShare and of EU Login");
    }
}
