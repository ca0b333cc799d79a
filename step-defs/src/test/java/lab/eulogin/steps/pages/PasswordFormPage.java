package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The forms that replace a password knowing the current one: "Change password" in My Account
 * and the expired-password page (FAQ PWD-04, SIGN-12).
 */
public final class PasswordFormPage extends Page {
    private static final By CURRENT = By.id("currentPassword");
    private static final By NEW_PASSWORD = By.id("password");
    private static final By CONFIRM = By.id("passwordConfirm");
    private static final By SUBMIT = By.id("submit");

    private PasswordFormPage(WebDriver driver, String pageId) {
        super(driver, pageId);
    }

    public static PasswordFormPage changePassword(WebDriver driver) {
        return new PasswordFormPage(driver, "change-password");
    }

    public static PasswordFormPage passwordExpired(WebDriver driver) {
        return new PasswordFormPage(driver, "password-expired");
    }

    public void change(String current, String password) {
        assertCurrent();
        type(CURRENT, current);
        type(NEW_PASSWORD, password);
        type(CONFIRM, password);
        click(SUBMIT);
    }

    /** The message next to a field ("currentPassword", "password", "passwordConfirm"), or empty. */
    public String errorNextTo(String field) {
        assertCurrent();
        return driver.findElements(By.cssSelector("[data-field='" + field + "'][data-msg]")).stream()
                .map(e -> e.getText()).findFirst().orElse("");
    }
}
