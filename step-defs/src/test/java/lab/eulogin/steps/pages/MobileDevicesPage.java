package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Manage my mobile devices" in My Account: the devices registered to the account, and "Add a mobile device". */
public final class MobileDevicesPage extends Page {
    private static final By DEVICES = By.cssSelector("[data-device]");
    private static final By ADD_A_MOBILE_DEVICE = By.id("add-mobile-device");

    public MobileDevicesPage(WebDriver driver) {
        super(driver, "mobile-devices");
    }

    public void addAMobileDevice() {
        assertCurrent();
        click(ADD_A_MOBILE_DEVICE);
    }

    /** The names of the devices listed, in page order. */
    public List<String> deviceNames() {
        assertCurrent();
        return driver.findElements(DEVICES).stream().map(e -> e.getDomAttribute("data-device")).toList();
    }

    /** After the PANIC button: every device deleted, the password alone signs in. */
    public boolean saysAllDevicesDeleted() {
        assertCurrent();
        return shows("devices-all-deleted");
    }

    /** With no device yet, the page recommends the app: "Easy, fast and secure: download the EU Login app". */
    public String noDevicesText() {
        assertCurrent();
        return messageText("no-devices");
    }
}
