package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Lost your password?": the e-mail address, then "Get a password" (FAQ PWD-01, ACC-10). */
public final class PasswordResetRequestPage extends Page {
    public static final String PATH = "/cas/init/passwordResetRequest.cgi";
    private static final By EMAIL = By.id("email");
    private static final By GET_PASSWORD = By.id("get-password");

    public PasswordResetRequestPage(WebDriver driver) {
        super(driver, "password-reset-request");
    }

    public PasswordResetRequestPage open(String idpUrl) {
        go(driver, idpUrl + PATH);
        assertCurrent();
        return this;
    }

    public void askFor(String email) {
        assertCurrent();
        type(EMAIL, email);
        click(GET_PASSWORD);
    }

    public boolean saysLocked() {
        assertCurrent();
        return shows("account-locked-no-reset");
    }
}
