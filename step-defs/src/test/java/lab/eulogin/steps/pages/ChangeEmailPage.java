package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Change my e-mail address" in My Account: the new address twice and the current password (FAQ HELP-03). */
public final class ChangeEmailPage extends Page {
    private static final By NEW_EMAIL = By.id("newEmail");
    private static final By CONFIRM = By.id("newEmailConfirm");
    private static final By PASSWORD = By.id("currentPassword");
    private static final By SUBMIT = By.id("submit");

    public ChangeEmailPage(WebDriver driver) {
        super(driver, "change-email");
    }

    public void askFor(String newEmail, String password) {
        assertCurrent();
        type(NEW_EMAIL, newEmail);
        type(CONFIRM, newEmail);
        type(PASSWORD, password);
        click(SUBMIT);
    }
}
