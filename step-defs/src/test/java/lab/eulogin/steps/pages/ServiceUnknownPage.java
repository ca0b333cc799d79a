package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** EU Login's page for an address that belongs to no registered application (FAQ SIGN-10). */
public final class ServiceUnknownPage extends Page {
    private static final By ADDRESS = By.cssSelector("[data-field='service']");

    public ServiceUnknownPage(WebDriver driver) {
        super(driver, "service-unknown");
    }

    public String explanation() {
        assertCurrent();
        return messageText("service-unknown");
    }

    /** The address that was refused, as the page shows it. */
    public String address() {
        assertCurrent();
        return driver.findElement(ADDRESS).getText().strip();
    }
}
