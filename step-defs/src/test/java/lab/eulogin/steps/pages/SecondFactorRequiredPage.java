package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * "A verification method is needed": the application asking wants more than the password, and
 * none of the account's methods will do; it lists those it accepts and how to add one.
 */
public final class SecondFactorRequiredPage extends Page {
    private static final By SERVICE_NAME = By.cssSelector("[data-field='service-name']");
    private static final By METHODS = By.cssSelector("[data-method]");
    private static final By MOBILE_PHONES = By.id("mobile-phones");
    private static final By MOBILE_DEVICES = By.id("mobile-devices");

    public SecondFactorRequiredPage(WebDriver driver) {
        super(driver, "second-factor-required");
    }

    public String serviceName() {
        assertCurrent();
        return driver.findElement(SERVICE_NAME).getText().strip();
    }

    /** Whether it says the application needs more than the password. */
    public boolean saysMoreThanThePasswordIsNeeded() {
        assertCurrent();
        return shows("second-factor-required");
    }

    /** The verification methods the application accepts, as listed. */
    public List<String> acceptedMethods() {
        assertCurrent();
        return driver.findElements(METHODS).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** How to add a method, as the page says it. */
    public String howToAddOne() {
        assertCurrent();
        return messageText("second-factor-how");
    }

    public boolean offersToManageMobilePhones() {
        assertCurrent();
        return !driver.findElements(MOBILE_PHONES).isEmpty();
    }

    public boolean offersToManageMobileDevices() {
        assertCurrent();
        return !driver.findElements(MOBILE_DEVICES).isEmpty();
    }

    /** "Manage my mobile phone numbers". */
    public void manageMobilePhones() {
        assertCurrent();
        click(MOBILE_PHONES);
    }
}
