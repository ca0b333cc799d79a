package lab.eulogin.steps.pages;

import org.openqa.selenium.WebDriver;

/** EU Login's "Lost your password?" page, where a link to choose a new password is asked for. */
public final class LostPasswordPage extends Page {

    public LostPasswordPage(WebDriver driver) {
        super(driver, "password-reset-request");
    }
}
