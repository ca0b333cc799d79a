package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Add a Security Key or Trusted Platform": its name, then submit. */
public final class AddSecurityKeyPage extends Page {
    private static final By NAME = By.id("keyName");
    private static final By SUBMIT = By.id("submit");

    public AddSecurityKeyPage(WebDriver driver) {
        super(driver, "add-security-key");
    }

    public void name(String name) {
        assertCurrent();
        type(NAME, name);
        click(SUBMIT);
    }
}
