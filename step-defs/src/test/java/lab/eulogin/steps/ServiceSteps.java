package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.MyAccount;
import lab.eulogin.steps.fixtures.MyKeys;
import lab.eulogin.steps.fixtures.MyPhones;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.pages.AppErrorPage;
import lab.eulogin.steps.pages.DemoServicesPage;
import lab.eulogin.steps.pages.EuresWelcomePage;
import lab.eulogin.steps.pages.LoggedOutPage;
import lab.eulogin.steps.pages.LoginSuccessPage;
import lab.eulogin.steps.pages.LostPasswordPage;
import lab.eulogin.steps.pages.Page;
import lab.eulogin.steps.pages.PasswordPage;
import lab.eulogin.steps.pages.SecurityKeyPrompt;
import lab.eulogin.steps.pages.ServicePage;
import lab.eulogin.steps.pages.ServiceUnknownPage;
import lab.eulogin.steps.pages.SignInBox;
import lab.eulogin.steps.pages.SmsSignInPage;

/**
 * Applications behind EU Login, as the lab's demo services play them: single sign-on (FAQ SIGN-08),
 * My Remote and JSIS Online (SIGN-09), the application named on the sign-in page and unknown
 * addresses (SIGN-10), an application's own error (SIGN-11), the verification methods offered
 * (SIGN-13) and the EURES portal's password, which is EU Login's (ACC-15); and the links
 * between applications and their logout, which the OpenID Connect scenarios use too.
 */
public class ServiceSteps {
    private static final String SMS = "Mobile Phone + SMS";
    private static final String SECURITY_KEY = "Security Key or Trusted Platform";
    private static final String LAPTOP = "My laptop";

    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private final MyAccount account;
    private final MyPhones phones;
    private final MyKeys keys;

    public ServiceSteps(Browser browser, RunningLab lab, Person me, MyAccount account, MyPhones phones, MyKeys keys) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
        this.account = account;
        this.phones = phones;
        this.keys = keys;
    }

    /**
     * The Commission's applications need a second factor, and no longer take SMS (FAQ SIGN-14): a
     * person without a smartphone uses the laptop's own verification, registered in My Account first.
     */
    @Given("I am signed in to {string} with my password and my laptop's own verification")
    public void signedInWithMyLaptop(String application) {
        account.create();
        keys.useTrustedPlatform(LAPTOP);
        keys.registerToMyAccount(LAPTOP);
        goTo(application);
        new SignInBox(browser.driver()).passwordStep(me.email()).signIn(me.password(), SECURITY_KEY);
        SecurityKeyPrompt.signingIn(browser.driver()).useTheKey();
        new ServicePage(browser.driver(), application).assertCurrent();
    }

    @Given("I have signed in to EU Login with my password and {string}")
    public void signedInToEuLoginWith(String method) {
        Page.go(browser.driver(), lab.idpUrl() + "/cas/login");
        signInWithMyPasswordAnd(method);
        new LoginSuccessPage(browser.driver()).assertCurrent();
    }

    /** Through the demo services page, as a person giving the demo does. */
    @When("I go to {string}")
    public void goTo(String application) {
        new DemoServicesPage(browser.driver()).open(lab.demoUrl()).openApplication(application);
    }

    @When("I open {string} from My Remote")
    public void openFromMyRemote(String application) {
        openFrom(application, "My Remote");
    }

    /** Through the link one application's page has to the other (My Remote's menu, EUShare and My Remote). */
    @When("I open {string} from {string}")
    public void openFrom(String application, String from) {
        new ServicePage(browser.driver(), from).openLinkTo(application);
    }

    @When("I log out of {string}")
    public void logOutOf(String application) {
        new ServicePage(browser.driver(), application).logOut();
    }

    @When("I open {string} in {string}")
    public void openIn(String link, String application) {
        new ServicePage(browser.driver(), application).follow(link);
    }

    /** Closing the browser ends its session cookies, EU Login's and the applications' alike. */
    @When("I close my browser and start it again")
    public void restartTheBrowser() {
        browser.restart();
    }

    @When("I come back to EU Login to sign in")
    public void backToEuLogin() {
        Page.go(browser.driver(), lab.idpUrl() + "/cas/login");
    }

    /** EU Login may know the address already ("Welcome back"); then there is nothing to give. */
    @When("I give my e-mail address")
    public void giveMyEmail() {
        new SignInBox(browser.driver()).passwordStep(me.email());
    }

    @When("I give my password again and confirm with my laptop's own verification")
    public void giveMyPasswordAndLaptopAgain() {
        new PasswordPage(browser.driver()).signIn(me.password(), SECURITY_KEY);
        SecurityKeyPrompt.signingIn(browser.driver()).useTheKey();
    }

    @When("I sign in with my EU Login password and {string}")
    public void signInWithMyPasswordAnd(String method) {
        PasswordPage password = new SignInBox(browser.driver()).passwordStep(me.email());
        if (!method.equals(SMS)) {
            password.signIn(me.password(), method);
            return;
        }
        password.signIn(me.password(), method);
        new SmsSignInPage(browser.driver()).signIn(phones.codeToType());
    }

    @When("a link sends me to EU Login's sign-in for the unknown address {string}")
    public void signInForAnUnknownAddress(String address) {
        Page.go(browser.driver(), lab.idpUrl() + "/cas/login?service=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
    }

    @When("I choose {string} on the EURES portal")
    public void chooseOnEures(String words) {
        new EuresWelcomePage(browser.driver()).choose(words);
    }

    @Then("{string} opens without my signing in again")
    public void opensWithoutSigningIn(String application) {
        ServicePage page = new ServicePage(browser.driver(), application);
        assertThat(page.received("email")).isEqualTo(me.email());
        assertThat(page.received("sso")).as("the ticket came from the single sign-on").isEqualTo("true");
    }

    @Then("{string} opens, and shows that I signed in again for it")
    public void opensAfterANewSignIn(String application) {
        ServicePage page = new ServicePage(browser.driver(), application);
        assertThat(page.received("email")).isEqualTo(me.email());
        assertThat(page.received("sso")).as("the ticket came from a new sign-in").isEqualTo("false");
    }

    @Then("{string} opens, and shows that I signed in with {string}")
    public void opensAfterSigningInWith(String application, String method) {
        ServicePage page = new ServicePage(browser.driver(), application);
        assertThat(page.received("email")).isEqualTo(me.email());
        assertThat(page.receivedInWords("strengths")).contains(method);
    }

    @Then("EU Login says that I have logged out")
    public void loggedOutOfEuLogin() {
        assertThat(new LoggedOutPage(browser.driver()).heading()).isEqualTo("You have logged out of EU Login");
    }

    @Then("EU Login asks me to sign in for {string}")
    public void askedToSignInFor(String application) {
        assertThat(new SignInBox(browser.driver()).requestedBy()).isEqualTo(application);
    }

    @Then("the address in my browser is EU Login's")
    public void addressIsEuLogins() {
        assertThat(browser.driver().getCurrentUrl()).startsWith(lab.idpUrl() + "/cas/login");
    }

    @Then("EU Login asks for my password again, for {string}")
    public void askedForThePasswordAgain(String application) {
        PasswordPage password = new PasswordPage(browser.driver());
        assertThat(password.email()).isEqualTo(me.email());
        assertThat(password.messageText("requested-by")).startsWith(application);
    }

    @Then("My Remote offers these applications:")
    public void myRemoteOffers(List<String> applications) {
        assertThat(new ServicePage(browser.driver(), "My Remote").menu()).containsExactlyElementsOf(applications);
    }

    @Then("each of these opens from My Remote without my signing in again:")
    public void eachOpensFromMyRemote(List<String> applications) {
        for (String application : applications) {
            openFromMyRemote(application);
            opensWithoutSigningIn(application);
            new ServicePage(browser.driver(), application).backToMyRemote();
        }
    }

    @Then("EU Login says that the application is not known to it, showing the address {string}")
    public void applicationUnknown(String address) {
        assertThat(new ServiceUnknownPage(browser.driver()).address()).isEqualTo(address);
    }

    @Then("I am not sent to {string}")
    public void notSentTo(String address) {
        assertThat(browser.driver().getCurrentUrl()).startsWith(lab.idpUrl()).doesNotStartWith(address);
    }

    @Then("{string} shows an error page of its own, at its own address")
    public void applicationErrorPage(String application) {
        assertThat(new AppErrorPage(browser.driver()).application()).isEqualTo(application);
        assertThat(browser.driver().getCurrentUrl()).startsWith(lab.demoUrl()).doesNotStartWith(lab.idpUrl());
    }

    @Then("the error page says the error comes from {string}, not from EU Login")
    public void errorIsTheApplications(String application) {
        assertThat(new AppErrorPage(browser.driver()).whereTheErrorComesFrom())
                .contains("This error comes from " + application + ", not from EU Login");
    }

    @Then("\"Choose your verification method\" offers only {string}")
    public void methodsOfferedOnly(String method) {
        assertThat(new PasswordPage(browser.driver()).methods()).containsExactly(method);
    }

    @Then("\"Choose your verification method\" offers {string} and {string}")
    public void methodsOffered(String one, String other) {
        assertThat(new PasswordPage(browser.driver()).methods()).containsExactlyInAnyOrder(one, other);
    }

    @Then("{string} is preselected")
    public void preselected(String method) {
        assertThat(new PasswordPage(browser.driver()).preselectedMethod()).isEqualTo(method);
    }

    @Then("the EURES portal says it keeps no password of its own")
    public void euresKeepsNoPassword() {
        assertThat(new EuresWelcomePage(browser.driver()).aboutThePassword())
                .contains("keeps no password of its own", "your password is your EU Login password");
    }

    @Then("I am on EU Login's {string} page")
    public void onEuLoginsPage(String title) {
        new LostPasswordPage(browser.driver()).assertCurrent();
        assertThat(browser.driver().getTitle()).startsWith(title);
        assertThat(browser.driver().getCurrentUrl()).startsWith(lab.idpUrl());
    }
}
