package lab.eulogin.steps.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An account in the support console (FAQ HELP-02): why it can or cannot sign in, what it has, and
 * the actions an agent may take.
 */
public final class SupportAccountPage extends Page {
    private static final By REASONS = By.cssSelector("[data-reason]");
    private static final By LOCKED_UNTIL = By.cssSelector("[data-field='locked-until']");
    private static final By REFUSED_BY = By.cssSelector("[data-service]");
    private static final By LINKS = By.cssSelector("[data-link-state]");
    private static final By REPORTS = By.cssSelector("[data-report]");
    private static final By UNLOCK = By.id("unlock");
    private static final By SEND_LINK = By.id("send-initialisation-link");
    private static final By AUDIT = By.id("console-audit");

    public SupportAccountPage(WebDriver driver) {
        super(driver, "support-account");
    }

    /** The keys of the reasons it can or cannot sign in, most serious first ("locked", "ok", ...). */
    public List<String> reasons() {
        assertCurrent();
        return driver.findElements(REASONS).stream().map(e -> e.getDomAttribute("data-reason")).toList();
    }

    /** A reason in the words of the console. */
    public String reason(String key) {
        assertCurrent();
        return driver.findElement(By.cssSelector("[data-reason='" + key + "']")).getText();
    }

    public String lockedUntil() {
        assertCurrent();
        return driver.findElement(LOCKED_UNTIL).getText();
    }

    /** The applications none of the account's verification methods signs in to. */
    public List<String> refusedBy() {
        assertCurrent();
        return driver.findElements(REFUSED_BY).stream().map(e -> e.getDomAttribute("data-service")).toList();
    }

    /** The e-mailed links, newest first, by state (PENDING, USED, EXPIRED). */
    public List<String> linkStates() {
        assertCurrent();
        return driver.findElements(LINKS).stream().map(e -> e.getDomAttribute("data-link-state")).toList();
    }

    /** The account's problem reports: reference, and whether it is open. */
    public Map<String, Boolean> problemReports() {
        assertCurrent();
        Map<String, Boolean> reports = new LinkedHashMap<>();
        for (WebElement row : driver.findElements(REPORTS)) {
            reports.put(row.getDomAttribute("data-report"), Boolean.parseBoolean(row.getDomAttribute("data-report-open")));
        }
        return reports;
    }

    /** Whether the console offers to unlock the account or send a link. */
    public boolean offersActions() {
        assertCurrent();
        return !driver.findElements(UNLOCK).isEmpty() || !driver.findElements(SEND_LINK).isEmpty();
    }

    public void unlock() {
        assertCurrent();
        click(UNLOCK);
        assertCurrent();
    }

    public void sendInitialisationLink() {
        assertCurrent();
        click(SEND_LINK);
        assertCurrent();
    }

    public SupportAuditPage openTheAudit() {
        assertCurrent();
        click(AUDIT);
        SupportAuditPage audit = new SupportAuditPage(driver);
        audit.assertCurrent();
        return audit;
    }
}
