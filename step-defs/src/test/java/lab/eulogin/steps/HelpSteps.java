package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.MyPhones;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.pages.MailboxIndexPage;
import lab.eulogin.steps.pages.MyAccountPage;
import lab.eulogin.steps.pages.ProblemReportedPage;
import lab.eulogin.steps.pages.ReportProblemPage;
import lab.eulogin.steps.pages.SignInBox;
import lab.eulogin.steps.pages.SmsSignInPage;
import lab.eulogin.steps.pages.SupportAccountPage;
import lab.eulogin.steps.pages.SupportAuditPage;
import lab.eulogin.steps.pages.SupportLookUpPage;
import lab.eulogin.steps.pages.SupportSignInPage;
import lab.eulogin.testkit.clients.LabSupportStaffClient;

/**
 * Getting help: "Report a problem", which gathers what the helpdesk asks for (FAQ HELP-01), and the
 * support console, where support staff look an account up, see why it cannot sign in, unlock it or
 * send a new initialisation link, never seeing its password (HELP-02).
 */
public class HelpSteps {
    /** How EU Login shows a moment, e.g. "30 Nov 2026, 14:05 UTC". */
    private static final Pattern TIME = Pattern.compile("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC");
    private static final String STAFF_PASSWORD = "Lab-Support-Desk-2026!";
    private static final String NEW_PASSWORD_LINK = "/cas/init/initialisePasswordLogin.cgi";
    /** The subject of the helpdesk's mail in English, as a person picks it out in the mailbox. */
    private static final String HELPDESK_MAIL = "choose your password";

    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private final MyPhones phones;
    private String staffLogin;
    private String lastSmsAskedFor;
    private String lastSmsReceived;
    private String reference;

    public HelpSteps(Browser browser, RunningLab lab, Person me, MyPhones phones) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
        this.phones = phones;
    }

    // HELP-01: "Report a problem"

    @When("I give my password, choose {string} and receive the SMS on my phone")
    public void passwordAndSms(String method) {
        new SignInBox(browser.driver()).passwordStep(me.email()).signIn(me.password(), method);
        new SmsSignInPage(browser.driver()).assertCurrent();
        phones.awaitNext();
    }

    @When("I choose \"Report a problem\" at the foot of the page")
    public void reportAProblemFromTheFoot() {
        ReportProblemPage.fromTheFootOfThePage(browser.driver());
    }

    @Then("the report already holds my e-mail address, {string} with its address, and my browser")
    public void reportHoldsAccountApplicationAndBrowser(String application) {
        ReportProblemPage report = new ReportProblemPage(browser.driver());
        assertThat(report.accountEmail()).isEqualTo(me.email());
        assertThat(report.application()).isEqualTo(application);
        assertThat(report.applicationAddress()).startsWith(lab.demoUrl() + "/");
        assertThat(report.browser()).contains("Chrome");
    }

    @Then("the report already holds my e-mail address")
    public void reportHoldsMyAddress() {
        assertThat(new ReportProblemPage(browser.driver()).accountEmail()).isEqualTo(me.email());
    }

    @Then("the report shows when I last asked for an SMS and when I last received one")
    public void reportShowsSmsTimes() {
        ReportProblemPage report = new ReportProblemPage(browser.driver());
        lastSmsReceived = report.lastSmsReceivedOnceKnown();
        lastSmsAskedFor = report.lastSmsAskedFor();
        assertThat(lastSmsAskedFor).matches(TIME);
        assertThat(lastSmsReceived).matches(TIME);
    }

    @Then("the report says {string} for the last SMS asked for and the last SMS received")
    public void reportSaysForSms(String words) {
        ReportProblemPage report = new ReportProblemPage(browser.driver());
        assertThat(report.lastSmsAskedFor()).isEqualTo(words);
        assertThat(report.lastSmsReceived()).isEqualTo(words);
    }

    @When("I say the address came from {string}, describe the problem, add a screenshot and send the report")
    public void fillAndSend(String source) {
        Path screenshot = file("screenshot", ".png", browser.screenshot());
        new ReportProblemPage(browser.driver())
                .addressCameFrom(source)
                .describe("I asked for the SMS and it arrived, but the EURES portal did not open. It worked last month.")
                .addScreenshot(screenshot)
                .send();
    }

    @Then("I am given a reference like {string}")
    public void givenAReference(String example) {
        reference = new ProblemReportedPage(browser.driver()).reference();
        assertThat(reference).matches(example.replace("x", "[0-9]"));
    }

    @Then("the report I sent names {string}, my screenshot and the times of my last SMS")
    public void reportSentNames(String application) {
        ProblemReportedPage sent = new ProblemReportedPage(browser.driver());
        assertThat(sent.application()).isEqualTo(application);
        assertThat(sent.screenshots()).isEqualTo(1);
        assertThat(sent.lastSmsAskedFor()).isEqualTo(lastSmsAskedFor);
        assertThat(sent.lastSmsReceived()).isEqualTo(lastSmsReceived);
    }

    @When("I send a report with my e-mail address but no description, and a text file as screenshot")
    public void sendAnIncompleteReport() {
        Path notes = file("notes", ".txt", "Not a picture".getBytes(StandardCharsets.UTF_8));
        new ReportProblemPage(browser.driver())
                .typeEmail(me.email())
                .addressCameFrom("a link in an e-mail")
                .addScreenshot(notes)
                .send();
    }

    @Then("I am told next to the description that the problem must be described")
    public void toldToDescribe() {
        assertThat(new ReportProblemPage(browser.driver()).fieldErrors())
                .containsEntry("description", "report-description-required");
    }

    @Then("I am told next to the screenshots that only PNG or JPEG pictures are accepted")
    public void toldPicturesOnly() {
        assertThat(new ReportProblemPage(browser.driver()).fieldErrors())
                .containsEntry("screenshots", "report-screenshot-not-picture");
    }

    @Then("my e-mail address and where the address came from are still filled in")
    public void stillFilledIn() {
        ReportProblemPage report = new ReportProblemPage(browser.driver());
        assertThat(report.typedEmail()).isEqualTo(me.email());
        assertThat(report.addressCameFrom()).isEqualTo("A link in an e-mail");
    }

    @Given("I reported a problem from My Account and was given a reference")
    public void reportedFromMyAccount() {
        new MyAccountPage(browser.driver()).choose("Report a problem");
        // No application's address, so where it came from is not asked.
        new ReportProblemPage(browser.driver())
                .describe("My Remote says that I have no access since yesterday.")
                .send();
        givenAReference("IM00xxxxxxxx");
    }

    // HELP-02: the support console

    @When("a support agent looks my account up in the support console")
    public void agentLooksUp() {
        signInToTheConsoleAs("AGENT");
        lookMeUp();
    }

    @When("a support viewer looks my account up in the support console")
    public void viewerLooksUp() {
        signInToTheConsoleAs("VIEWER");
        lookMeUp();
    }

    @Then("the console says my account is locked, and until when")
    public void consoleSaysLocked() {
        SupportAccountPage account = new SupportAccountPage(browser.driver());
        assertThat(account.reasons()).first().isEqualTo("locked");
        assertThat(account.lockedUntil()).containsPattern(TIME);
        assertThat(account.reason("locked")).containsPattern(TIME);
    }

    @When("the support agent unlocks my account")
    public void agentUnlocks() {
        SupportAccountPage account = new SupportAccountPage(browser.driver());
        account.unlock();
        assertThat(account.says("support-unlocked")).isTrue();
    }

    @Then("the console says nothing stops my account from signing in")
    public void consoleSaysOk() {
        assertThat(new SupportAccountPage(browser.driver()).reasons()).contains("ok").doesNotContain("locked");
    }

    @Then("the console's audit shows that the support agent unlocked my account, and when")
    public void auditShowsUnlock() {
        SupportAuditPage audit = new SupportAccountPage(browser.driver()).openTheAudit();
        assertThat(audit.lines()).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("UNLOCK");
            assertThat(line.staff()).isEqualTo(staffLogin);
            assertThat(line.account()).isEqualTo(me.email());
            assertThat(line.when()).matches(TIME);
        });
    }

    @Then("the console never showed my password")
    public void consoleNeverShowedThePassword() {
        List<String> consolePages = new ArrayList<>(browser.pagesSeen()).stream()
                .filter(page -> page.contains("data-page=\"support-"))
                .toList();
        assertThat(consolePages).as("console pages seen").isNotEmpty().allSatisfy(page -> {
            assertThat(page).doesNotContain(me.password()).doesNotContain("pbkdf2");
        });
    }

    @Then("the console says my account has no second factor, which {string} requires")
    public void consoleSaysNoSecondFactor(String application) {
        SupportAccountPage account = new SupportAccountPage(browser.driver());
        assertThat(account.reasons()).contains("no-second-factor");
        assertThat(account.reason("no-second-factor")).contains(application);
        assertThat(account.refusedBy()).contains(application);
    }

    @Then("the support viewer is offered no way to unlock it or send a link")
    public void viewerOfferedNothing() {
        SupportAccountPage account = new SupportAccountPage(browser.driver());
        assertThat(account.offersActions()).isFalse();
        assertThat(account.shows("support-viewer-only")).isTrue();
    }

    @Then("the console says my account was never activated and its link expired")
    public void consoleSaysLinkExpired() {
        SupportAccountPage account = new SupportAccountPage(browser.driver());
        assertThat(account.reasons()).first().isEqualTo("not-activated-link-expired");
        assertThat(account.linkStates()).first().isEqualTo("EXPIRED");
    }

    @When("the support agent sends me a new initialisation link")
    public void agentSendsALink() {
        SupportAccountPage account = new SupportAccountPage(browser.driver());
        account.sendInitialisationLink();
        assertThat(account.says("support-link-sent")).isTrue();
        assertThat(account.linkStates()).first().isEqualTo("PENDING");
    }

    @When("I click the link in the e-mail from the helpdesk")
    public void clickTheHelpdeskLink() {
        new MailboxIndexPage(browser.driver()).open(lab.mailUrl()).openMailboxOf(me.email())
                .openNewestMessageAbout(HELPDESK_MAIL).clickLinkContaining(NEW_PASSWORD_LINK);
    }

    @Then("the console lists my problem report as open, with its reference")
    public void consoleListsMyReport() {
        assertThat(new SupportAccountPage(browser.driver()).problemReports()).containsEntry(reference, true);
    }

    /** Every field of every report EU Login keeps about my account, as stored (FAQ PWD-03). */
    @Then("my password appears in no problem report")
    public void passwordInNoReport() {
        List<Map<String, String>> reports = lab.problemReports().about(me.email());
        assertThat(reports).as("problem reports kept about my account").isNotEmpty()
                .allSatisfy(report -> assertThat(report.values()).as("the report " + report.get("reference"))
                        .filteredOn(Objects::nonNull)
                        .allSatisfy(field -> assertThat(field).doesNotContain(me.password())));
    }

    private void signInToTheConsoleAs(String role) {
        staffLogin = role.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8);
        new LabSupportStaffClient(lab.idpUrl()).create(staffLogin, "Sam Support", role, STAFF_PASSWORD);
        new SupportSignInPage(browser.driver()).open(lab.idpUrl()).signIn(staffLogin, STAFF_PASSWORD);
    }

    private void lookMeUp() {
        new SupportLookUpPage(browser.driver()).lookUp(me.email());
        new SupportAccountPage(browser.driver()).assertCurrent();
    }

    private static Path file(String name, String suffix, byte[] content) {
        try {
            Path file = Files.createTempFile(name, suffix);
            file.toFile().deleteOnExit();
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
