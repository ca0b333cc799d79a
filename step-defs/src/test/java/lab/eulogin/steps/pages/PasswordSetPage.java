package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * After a good new password: "You are now authenticated and can proceed to the service you want to
 * use", and "Proceed" when the registration started from a service (FAQ ACC-04).
 */
public final class PasswordSetPage extends Page {
    private static final By PROCEED_TO = By.cssSelector("[data-field='proceed-to']");
    private static final By PROCEED = By.id("proceed");

    public PasswordSetPage(WebDriver driver) {
        super(driver, "password-set");
    }

    public boolean saysAuthenticated() {
        assertCurrent();
        return shows("authenticated");
    }

    /** What the page says "Proceed" goes on to; empty when there is no "Proceed". */
    public String proceedsTo() {
        assertCurrent();
        return driver.findElements(PROCEED_TO).stream().findFirst().map(e -> e.getText().strip()).orElse("");
    }

    public void proceed() {
        assertCurrent();
        click(PROCEED);
    }
}
