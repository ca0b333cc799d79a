package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "EU Login Mobile App QR Code", on the PC: a QR code for the app, and the one-time code it shows typed back. */
public final class LoginMobileQrPage extends Page {
    private static final By QR_CODE = By.id("qr-challenge");
    private static final By ONE_TIME_CODE = By.id("code");
    private static final By SIGN_IN = By.id("sign-in");

    public LoginMobileQrPage(WebDriver driver) {
        super(driver, "login-mobile-qr");
    }

    public boolean showsQrCode() {
        assertCurrent();
        return driver.findElement(QR_CODE).isDisplayed();
    }

    /** The QR code as the PC's screen shows it: a picture of the element, for the app's camera. */
    public byte[] qrCodePicture() {
        assertCurrent();
        return pictureOf(QR_CODE);
    }

    public void signInWith(String oneTimeCode) {
        assertCurrent();
        type(ONE_TIME_CODE, oneTimeCode);
        click(SIGN_IN);
    }

    /** "This is not the right code", once the page has come back with it. */
    public String wrongCodeMessage() {
        assertCurrent();
        return WaitFor.message(driver, "one-time-code-wrong");
    }
}
