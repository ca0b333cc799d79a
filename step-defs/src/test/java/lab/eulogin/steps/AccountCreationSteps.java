package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.pages.LinkInvalidPage;
import lab.eulogin.steps.pages.LoginPage;
import lab.eulogin.steps.pages.MailboxIndexPage;
import lab.eulogin.steps.pages.MailSentPage;
import lab.eulogin.steps.pages.NewPasswordPage;
import lab.eulogin.steps.pages.PasswordResetRequestPage;
import lab.eulogin.steps.pages.PasswordSetPage;
import lab.eulogin.steps.pages.RegisterPage;
import lab.eulogin.steps.pages.SignInBox;

/** Creating an account (FAQ ACC-01 to ACC-06): the form, the new password, signing in. */
public class AccountCreationSteps {
    /** Maria Rossi's address with one letter missing. */
    private static final String MISTYPED = "maria.rosi@example.org";

    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private String captchaPicture = "";

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
        assertThat(new MailSentPage(browser.driver()).addressMailedTo()).isEqualTo(me.email());
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

    @Then("the page offers 'Proceed' to go on to the {}")
    public void offersToProceedTo(String service) {
        assertThat(new PasswordSetPage(browser.driver()).proceedsTo()).contains(service);
    }

    @When("I click on 'Proceed'")
    public void clickProceed() {
        new PasswordSetPage(browser.driver()).proceed();
    }

    @Then("I am prompted to {string} by the {}")
    public void promptedToSignInBy(String heading, String service) {
        SignInBox box = new SignInBox(browser.driver());
        assertThat(box.heading()).isEqualTo(heading);
        assertThat(box.requestedBy()).isEqualTo(service);
    }

    @Then("I am told that the link has expired")
    public void toldLinkExpired() {
        assertThat(new LinkInvalidPage(browser.driver()).saysExpired()).as("link expired").isTrue();
    }

    @Then("I am offered to request a new link on the password reset request page")
    public void offeredANewLink() {
        assertThat(new LinkInvalidPage(browser.driver()).newLinkAddress()).endsWith("/cas/init/passwordResetRequest.cgi");
    }

    @Given("I am on the 'Create an account' form")
    public void onTheForm() {
        new RegisterPage(browser.driver()).open(lab.idpUrl());
    }

    @When("I choose {language} in the language list at the top of the page")
    public void chooseThePagesLanguage(String language) {
        new RegisterPage(browser.driver()).chooseLanguage(language);
    }

    /** In that language as the page declares it, and with the heading EU Login's own translation gives it. */
    @Then("the form is shown in {language}")
    public void formShownIn(String language) {
        RegisterPage form = new RegisterPage(browser.driver());
        assertThat(form.language()).isEqualTo(language);
        assertThat(form.heading()).isEqualTo(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("register.heading"));
    }

    @When("I leave my first name and last name empty and fill in the rest")
    public void leaveNamesEmpty() {
        RegisterPage.Form form = me.registrationForm();
        new RegisterPage(browser.driver()).fillIn(new RegisterPage.Form("", "", form.email(), form.emailConfirm(), "de", true));
    }

    @When("I fill in the form with a different address in 'Confirm e-mail'")
    public void mismatchedEmails() {
        RegisterPage.Form form = me.registrationForm();
        new RegisterPage(browser.driver()).fillIn(new RegisterPage.Form(form.firstName(), form.lastName(), form.email(),
                me.ownVariantOf("maria.rosi@example.org"), form.emailLanguage(), true));
    }

    @When("I fill in the form but do not tick the privacy statement")
    public void noPrivacy() {
        RegisterPage.Form form = me.registrationForm();
        new RegisterPage(browser.driver()).fillIn(new RegisterPage.Form(form.firstName(), form.lastName(), form.email(),
                form.emailConfirm(), form.emailLanguage(), false));
    }

    @Then("I am told next to the first name that it cannot be empty")
    public void firstNameEmpty() {
        assertThat(new RegisterPage(browser.driver()).fieldErrors()).containsEntry("firstName", "first-name-required");
    }

    @Then("I am told next to the last name that it cannot be empty")
    public void lastNameEmpty() {
        assertThat(new RegisterPage(browser.driver()).fieldErrors()).containsEntry("lastName", "last-name-required");
    }

    @Then("the e-mail addresses and the e-mail language I chose are still filled in")
    public void restKept() {
        RegisterPage.Form kept = new RegisterPage(browser.driver()).filledIn();
        assertThat(kept.email()).isEqualTo(me.email());
        assertThat(kept.emailConfirm()).isEqualTo(me.email());
        assertThat(kept.emailLanguage()).isEqualTo("de");
        assertThat(kept.acceptPrivacyStatement()).isTrue();
    }

    @Then("I am told next to 'Confirm e-mail' that the two addresses are different")
    public void emailsDiffer() {
        assertThat(new RegisterPage(browser.driver()).fieldErrors()).containsEntry("emailConfirm", "email-mismatch");
    }

    @Then("I am told next to the privacy statement that I must acknowledge it")
    public void privacyRequired() {
        assertThat(new RegisterPage(browser.driver()).fieldErrors()).containsEntry("privacy", "privacy-required");
    }

    @When("I register as {string} {string}")
    public void registerAs(String firstName, String lastName) {
        RegisterPage.Form form = me.registrationForm();
        new RegisterPage(browser.driver()).register(new RegisterPage.Form(firstName, lastName, form.email(),
                form.emailConfirm(), form.emailLanguage(), true));
        new MailSentPage(browser.driver()).assertCurrent();
    }

    @When("I try to register as {string} {string}")
    public void tryToRegisterAs(String firstName, String lastName) {
        RegisterPage.Form form = me.registrationForm();
        new RegisterPage(browser.driver()).register(new RegisterPage.Form(firstName, lastName, form.email(),
                form.emailConfirm(), form.emailLanguage(), true));
    }

    @Then("I am told next to the first name which characters a name may have")
    public void firstNameInvalid() {
        assertThat(new RegisterPage(browser.driver()).fieldErrors()).containsEntry("firstName", "first-name-invalid");
    }

    @Then("the first name is shown back exactly as I typed it, {string}")
    public void firstNameShownBack(String typed) {
        assertThat(new RegisterPage(browser.driver()).filledIn().firstName()).isEqualTo(typed);
    }

    @When("I register choosing {language} as e-mail language")
    public void registerInLanguage(String language) {
        RegisterPage.Form form = me.registrationForm();
        new RegisterPage(browser.driver()).register(new RegisterPage.Form(form.firstName(), form.lastName(),
                form.email(), form.emailConfirm(), language, true));
        new MailSentPage(browser.driver()).assertCurrent();
    }

    @Given("{int} accounts were just created from my computer")
    public void accountsCreatedFromHere(int count) {
        for (int i = 1; i <= count; i++) {
            String other = me.ownVariantOf("colleague" + i + "@example.org");
            new RegisterPage(browser.driver()).open(lab.idpUrl())
                    .register(new RegisterPage.Form("Colleague", "Of Maria", other, other, "en", true));
            new MailSentPage(browser.driver()).assertCurrent();
        }
    }

    @When("I fill in the form to create another account")
    public void fillInAnother() {
        RegisterPage page = new RegisterPage(browser.driver()).open(lab.idpUrl());
        page.fillIn(me.registrationForm());
        captchaPicture = page.showsCaptcha() ? page.captchaPicture() : "";
    }

    @Then("a captcha asks me to enter the code of the picture")
    public void captchaShown() {
        assertThat(new RegisterPage(browser.driver()).showsCaptcha()).as("captcha shown").isTrue();
    }

    @When("I enter a wrong code and click on 'Create an account'")
    public void wrongCaptcha() {
        new RegisterPage(browser.driver()).enterCaptchaAndSubmit("WRONG1");
    }

    @Then("I am told that the code does not match the picture")
    public void captchaRefused() {
        assertThat(new RegisterPage(browser.driver()).fieldErrors()).containsEntry("captcha", "captcha-wrong");
    }

    @Then("what I typed in the form is still there")
    public void formKept() {
        assertThat(new RegisterPage(browser.driver()).filledIn()).isEqualTo(me.registrationForm());
    }

    @When("I click on the button with two arrows")
    public void newCaptcha() {
        RegisterPage page = new RegisterPage(browser.driver());
        captchaPicture = page.captchaPicture();
        page.drawANewCaptcha();
    }

    @Then("a new captcha picture is drawn")
    public void newPictureDrawn() {
        RegisterPage page = new RegisterPage(browser.driver());
        assertThat(page.captchaPicture()).as("the captcha picture").isNotEqualTo(captchaPicture);
        assertThat(page.filledIn()).isEqualTo(me.registrationForm());
    }

    @When("I enter the code of the picture and click on 'Create an account'")
    public void rightCaptcha() {
        new RegisterPage(browser.driver()).enterCaptchaAndSubmit(lab.captchaShownTo(browser.labClientId()));
    }

    @When("I fill in the form to create an account with my address written in capitals")
    public void registerInCapitals() {
        RegisterPage.Form form = me.registrationForm();
        String shouted = form.email().toUpperCase(Locale.ROOT);
        new RegisterPage(browser.driver()).open(lab.idpUrl()).register(new RegisterPage.Form(form.firstName(),
                form.lastName(), shouted, shouted, form.emailLanguage(), true));
    }

    @Then("I am told that this e-mail address is already registered")
    public void alreadyRegistered() {
        assertThat(new RegisterPage(browser.driver()).fieldErrors()).containsEntry("email", "email-already-registered");
    }

    @Then("I am offered to reset my password from there")
    public void resetOfferedOnTheForm() {
        assertThat(new RegisterPage(browser.driver()).resetLinkAddress()).endsWith(PasswordResetRequestPage.PATH);
    }

    @Given("I registered with a mistyped e-mail address")
    public void registeredWithATypo() {
        String typo = me.ownVariantOf(MISTYPED);
        RegisterPage.Form form = me.registrationForm();
        new RegisterPage(browser.driver()).open(lab.idpUrl()).register(new RegisterPage.Form(form.firstName(),
                form.lastName(), typo, typo, form.emailLanguage(), true));
        new MailSentPage(browser.driver()).assertCurrent();
    }

    @Then("I am told that an e-mail has been sent to the mistyped address")
    public void toldMailSentToTheTypo() {
        assertThat(new MailSentPage(browser.driver()).addressMailedTo()).isEqualTo(me.ownVariantOf(MISTYPED));
    }

    @Then("I am told that I can simply create an account again with the right address")
    public void toldToRegisterAgain() {
        assertThat(new MailSentPage(browser.driver()).says("mistyped-address")).isTrue();
    }

    @Then("I am told that the e-mail may be in my spam or junk folder")
    public void toldAboutJunk() {
        assertThat(new MailSentPage(browser.driver()).says("check-spam")).isTrue();
    }

    @When("I have filled in the form to create an account anyway")
    public void registeredWhileMailIsDown() {
        new RegisterPage(browser.driver()).open(lab.idpUrl()).register(me.registrationForm());
    }

    @Then("I am told that the e-mail could not be sent yet and how to get a new link")
    public void toldMailDelayed() {
        assertThat(new MailSentPage(browser.driver()).says("mail-delayed")).isTrue();
    }

    @Given("I have created my account and chosen my password")
    public void createdAndChosePassword() {
        registered();
        new MailboxIndexPage(browser.driver()).open(lab.mailUrl()).openMailboxOf(me.email())
                .openNewestMessage().clickLinkContaining(lab.idpUrl());
        chooseAPassword(Person.GIVEN_PASSWORD);
        authenticated();
        browser.forgetSession();
    }

    @Then("I am told that the link is incomplete because the mail program may have split it")
    public void toldLinkIncomplete() {
        assertThat(new LinkInvalidPage(browser.driver()).says("link-incomplete")).as("link incomplete").isTrue();
    }

    @Then("I am told that the link has already been used")
    public void toldLinkUsed() {
        assertThat(new LinkInvalidPage(browser.driver()).says("link-used")).as("link used").isTrue();
    }

    @ParameterType("English|French|German")
    public String language(String name) {
        return switch (name) {
            case "French" -> "fr";
            case "German" -> "de";
            default -> "en";
        };
    }
}
