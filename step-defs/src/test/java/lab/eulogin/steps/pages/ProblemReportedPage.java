package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** After "Report a problem": the reference like "IM00xxxxxxxx", and what was sent (FAQ HELP-01). */
public final class ProblemReportedPage extends Page {
    private static final By REFERENCE = By.cssSelector("[data-field='reference']");
    private static final By APPLICATION = By.cssSelector("[data-field='application']");
    private static final By LAST_SMS_ASKED = By.cssSelector("[data-field='last-sms-requested']");
    private static final By LAST_SMS_RECEIVED = By.cssSelector("[data-field='last-sms-delivered']");
    private static final By SCREENSHOTS = By.cssSelector("[data-field='screenshots']");

    public ProblemReportedPage(WebDriver driver) {
        super(driver, "problem-reported");
    }

    public String reference() {
        return text(REFERENCE);
    }

    public String application() {
        return text(APPLICATION);
    }

    public String lastSmsAskedFor() {
        return text(LAST_SMS_ASKED);
    }

    public String lastSmsReceived() {
        return text(LAST_SMS_RECEIVED);
    }

    public int screenshots() {
        return Integer.parseInt(text(SCREENSHOTS));
    }

    private String text(By field) {
        assertCurrent();
        return driver.findElement(field).getText().strip();
    }
}
