package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** EU Login's second sign-in step: the password, then "Sign in". */
public final class PasswordPage extends Page {
    private static final By PASSWORD = By.id("password");
    private static final By SIGN_IN = By.id("sign-in");

    public PasswordPage(WebDriver driver) {
        super(driver, "login-password");
    }

    public void signIn(String password) {
        assertCurrent();
        type(PASSWORD, password);
        click(SIGN_IN);
    }

    public boolean saysPasswordIncorrect() {
        assertCurrent();
        return shows("password-incorrect");
    }
}
