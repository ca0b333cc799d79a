package lab.eulogin.steps.pages;

import java.nio.file.Path;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Report a problem" (FAQ HELP-01): what EU Login gathered itself (the account, the application and
 * its address, the last SMS asked for and received, the browser), and the form for the rest.
 */
public final class ReportProblemPage extends Page {
    private static final By FOOT_LINK = By.id("report-problem");
    private static final By ACCOUNT_EMAIL = By.cssSelector("[data-field='account-email']");
    private static final By APPLICATION = By.cssSelector("[data-field='application']");
    private static final By APPLICATION_ADDRESS = By.cssSelector("[data-field='application-address']");
    private static final By LAST_SMS_ASKED = By.cssSelector("[data-field='last-sms-requested']");
    private static final By LAST_SMS_RECEIVED = By.cssSelector("[data-field='last-sms-delivered']");
    private static final By BROWSER = By.cssSelector("[data-field='browser']");
    private static final By EMAIL = By.id("email");
    private static final By URL_SOURCE = By.id("urlSource");
    private static final By DESCRIPTION = By.id("description");
    private static final By SCREENSHOTS = By.id("screenshots");
    private static final By SEND = By.id("send-report");
    private static final String NONE = "none";

    public ReportProblemPage(WebDriver driver) {
        super(driver, "problem-report");
    }

    /** Follows "Report a problem" at the foot of whatever EU Login page the browser shows. */
    public static ReportProblemPage fromTheFootOfThePage(WebDriver driver) {
        Mouse.click(driver, FOOT_LINK);
        ReportProblemPage page = new ReportProblemPage(driver);
        page.assertCurrent();
        return page;
    }

    public String accountEmail() {
        return text(ACCOUNT_EMAIL);
    }

    public String application() {
        return text(APPLICATION);
    }

    public String applicationAddress() {
        return text(APPLICATION_ADDRESS);
    }

    public String browser() {
        return text(BROWSER);
    }

    /** When the account last asked for an SMS, as the page shows it, or "none". */
    public String lastSmsAskedFor() {
        return text(LAST_SMS_ASKED);
    }

    /** When the account's phone last received an SMS, as the page shows it now, or "none". */
    public String lastSmsReceived() {
        return text(LAST_SMS_RECEIVED);
    }

    /**
     * When the phone last received an SMS, once EU Login knows: the SMS provider's delivery receipt
     * comes a moment after the SMS itself, so the page is looked at again until it shows a time.
     */
    public String lastSmsReceivedOnceKnown() {
        assertCurrent();
        try {
            return new WebDriverWait(driver, PATIENCE, POLL).until(d -> {
                String shown = d.findElement(LAST_SMS_RECEIVED).getText().strip();
                if (!shown.equals(NONE)) {
                    return shown;
                }
                reload(d);
                return null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The report page still says 'none' for the last SMS received", e);
        }
    }

    /** The address typed in the form, when EU Login does not know the account yet. */
    public String typedEmail() {
        assertCurrent();
        return driver.findElement(EMAIL).getDomProperty("value");
    }

    public ReportProblemPage typeEmail(String email) {
        assertCurrent();
        type(EMAIL, email);
        return this;
    }

    /** Picks where the address came from by the start of its words, e.g. "a bookmark" or "a link in an e-mail". */
    public ReportProblemPage addressCameFrom(String words) {
        assertCurrent();
        String answer = new Select(driver.findElement(URL_SOURCE)).getOptions().stream()
                .map(o -> o.getText().strip())
                .filter(text -> text.toLowerCase(Locale.ROOT).startsWith(words.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No answer starting with '" + words + "' to where the address came from"));
        chooseLabelled(URL_SOURCE, answer);
        return this;
    }

    /** The answer chosen to where the address came from, in its words. */
    public String addressCameFrom() {
        assertCurrent();
        return new Select(driver.findElement(URL_SOURCE)).getFirstSelectedOption().getText().strip();
    }

    public ReportProblemPage describe(String description) {
        assertCurrent();
        type(DESCRIPTION, description);
        return this;
    }

    /** Chooses a file to send as a screenshot, as "Browse..." does. */
    public ReportProblemPage addScreenshot(Path file) {
        assertCurrent();
        driver.findElement(SCREENSHOTS).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public void send() {
        assertCurrent();
        click(SEND);
    }

    private String text(By field) {
        assertCurrent();
        return driver.findElement(field).getText().strip();
    }
}
