package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Where the e-mailed link leads: "New password", "Confirm new password", "Submit". */
public final class NewPasswordPage extends Page {
    private static final By NEW_PASSWORD = By.id("password");
    private static final By CONFIRM = By.id("passwordConfirm");
    private static final By SUBMIT = By.id("submit");

    public NewPasswordPage(WebDriver driver) {
        super(driver, "new-password");
    }

    public void choose(String password, String confirmation) {
        assertCurrent();
        type(NEW_PASSWORD, password);
        type(CONFIRM, confirmation);
        click(SUBMIT);
    }

    /** The refusal of a weak password, which states the rule. */
    public String weakPasswordMessage() {
        assertCurrent();
        return messageText("password-too-weak");
    }

    public boolean saysPasswordsDiffer() {
        assertCurrent();
        return shows("password-mismatch");
    }
}
