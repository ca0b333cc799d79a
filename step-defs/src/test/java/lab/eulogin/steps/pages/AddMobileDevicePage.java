package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Add a mobile device": "Your device name", "Your 4 digit PIN code", "Confirm your PIN code", then submit. */
public final class AddMobileDevicePage extends Page {
    private static final By DEVICE_NAME = By.id("deviceName");
    private static final By PIN = By.id("pin");
    private static final By PIN_CONFIRM = By.id("pinConfirm");
    private static final By SUBMIT = By.id("submit");

    public AddMobileDevicePage(WebDriver driver) {
        super(driver, "add-mobile-device");
    }

    public void fillIn(String deviceName, String pin, String pinConfirmation) {
        assertCurrent();
        type(DEVICE_NAME, deviceName);
        type(PIN, pin);
        type(PIN_CONFIRM, pinConfirmation);
    }

    public void submit() {
        assertCurrent();
        click(SUBMIT);
    }

    /** Fills in the form and submits it. */
    public void add(String deviceName, String pin) {
        fillIn(deviceName, pin, pin);
        submit();
    }

    /**
     * The error shown next to the field with this label, once the page shows one there (the form
     * comes back with its errors after submit).
     */
    public String errorNextTo(String fieldLabel) {
        assertCurrent();
        String field = driver.findElement(By.xpath("//label[normalize-space()='" + fieldLabel + "']")).getDomAttribute("for");
        By error = By.cssSelector("[data-msg][data-field='" + field + "']");
        try {
            return new WebDriverWait(driver, PATIENCE, POLL).until(d -> d.findElements(error).stream()
                    .map(WebElement::getText).findFirst().orElse(null));
        } catch (TimeoutException e) {
            throw new AssertionError("No error next to '" + fieldLabel + "'; the page shows the messages " + messages(), e);
        }
    }

    /** What "Your device name" holds now. */
    public String deviceName() {
        assertCurrent();
        return driver.findElement(DEVICE_NAME).getDomProperty("value");
    }
}
