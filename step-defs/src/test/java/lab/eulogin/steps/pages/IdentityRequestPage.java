package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "... asks for your identity": asked before single sign-on answers an application, when the person wants it. */
public final class IdentityRequestPage extends Page {
    private static final By ASKER = By.cssSelector("[data-field='service-name']");
    private static final By CONTINUE = By.id("continue");

    public IdentityRequestPage(WebDriver driver) {
        super(driver, "identity-request");
    }

    /** The application that asks, as the page names it. */
    public String asker() {
        assertCurrent();
        return driver.findElement(ASKER).getText();
    }

    public void proceed() {
        assertCurrent();
        click(CONTINUE);
    }
}
