package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * After "Add a mobile device": the QR code for the app to scan, and "Continue". The page follows
 * "Continue" by itself once the app has registered the device.
 */
public final class DeviceEnrolmentPage extends Page {
    private static final By QR_CODE = By.id("enrolment-qr");
    private static final By CONTINUE = By.id("continue");
    /** Where "Continue" leads once the app is done: the welcome screen. */
    private static final String WELCOME_SCREEN = "login-success";

    public DeviceEnrolmentPage(WebDriver driver) {
        super(driver, "mobile-device-enrol");
    }

    public boolean showsQrCode() {
        assertCurrent();
        return !driver.findElements(QR_CODE).isEmpty();
    }

    /** The QR code as the PC's screen shows it: a picture of the element, for the app's camera. */
    public byte[] qrCodePicture() {
        assertCurrent();
        return pictureOf(QR_CODE);
    }

    /**
     * Clicks "Continue". Once the app is done, the page follows it by itself: it may have done so an
     * instant before, and then the browser is already on the welcome screen.
     */
    public void clickContinue() {
        try {
            new WebDriverWait(driver, PATIENCE, POLL).until(d -> isCurrent() || WELCOME_SCREEN.equals(pageIdOf(d)));
        } catch (TimeoutException e) {
            assertCurrent();
        }
        if (!isCurrent()) {
            return;
        }
        try {
            click(CONTINUE);
        } catch (WebDriverException alreadyGone) {
            // The page's own script followed "Continue" first: the button was gone, or went while
            // being clicked ("node does not belong to the document"). What follows waits for the next page.
        }
    }

    /** "Your device is not registered yet", after "Continue" while the app has not finished. */
    public String notRegisteredYetMessage() {
        assertCurrent();
        return WaitFor.message(driver, "enrolment-waiting");
    }
}
