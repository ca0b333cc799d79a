package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Delete all my devices and eID (PANIC)": what it does, how many devices it deletes, then confirm or cancel. */
public final class PanicPage extends Page {
    private static final By CONFIRM = By.id("confirm-panic");
    private static final By CANCEL = By.id("cancel");
    private static final By DEVICE_COUNT = By.cssSelector("[data-field='device-count']");
    private static final By KEY_COUNT = By.cssSelector("[data-field='key-count']");
    private static final By PHONE_COUNT = By.cssSelector("[data-field='phone-count']");

    public PanicPage(WebDriver driver) {
        super(driver, "mobile-panic");
    }

    public String deviceCount() {
        assertCurrent();
        return driver.findElement(DEVICE_COUNT).getText();
    }

    /** How many security keys and trusted platforms it deletes with the devices (FAQ APP-09). */
    public String keyCount() {
        assertCurrent();
        return driver.findElement(KEY_COUNT).getText();
    }

    /** How many mobile phone numbers it deletes with the devices (FAQ SMS-09). */
    public String phoneCount() {
        assertCurrent();
        return driver.findElement(PHONE_COUNT).getText();
    }

    public void confirm() {
        assertCurrent();
        click(CONFIRM);
    }

    public void cancel() {
        assertCurrent();
        click(CANCEL);
    }
}
