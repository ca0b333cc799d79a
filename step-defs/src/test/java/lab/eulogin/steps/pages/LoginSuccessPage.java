package lab.eulogin.steps.pages;

import org.openqa.selenium.WebDriver;

/**
 * "Successful login": signed in without a service to go back to. It is also the welcome screen
 * "Continue" leads to once the EU Login app is set up (FAQ APP-02).
 */
public final class LoginSuccessPage extends Page {

    public LoginSuccessPage(WebDriver driver) {
        super(driver, "login-success");
    }

    /** "Your EU Login mobile app is successfully installed and can be used for authenticating." */
    public boolean saysDeviceAdded() {
        assertCurrent();
        return shows("device-added");
    }
}
