package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The support console's audit: who did what, on which account, and when, newest first. */
public final class SupportAuditPage extends Page {
    private static final By LINES = By.cssSelector("[data-field='audit'] tbody tr");

    public SupportAuditPage(WebDriver driver) {
        super(driver, "support-audit");
    }

    /** One line: the action's key, the staff login, the account's address, and when, as shown. */
    public record Line(String action, String staff, String account, String when) {
    }

    public List<Line> lines() {
        assertCurrent();
        return driver.findElements(LINES).stream().map(SupportAuditPage::line).toList();
    }

    private static Line line(WebElement row) {
        return new Line(row.getDomAttribute("data-action"), row.getDomAttribute("data-staff"), row.getDomAttribute("data-account"),
                row.findElements(By.tagName("td")).get(0).getText());
    }
}
