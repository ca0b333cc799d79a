package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** EU Login's second sign-in step: the password, the verification method, then "Sign in". */
public final class PasswordPage extends Page {
    private static final By PASSWORD = By.id("password");
    private static final By METHOD = By.id("method");
    private static final By SIGN_IN = By.id("sign-in");
    private static final By EMAIL = By.cssSelector("[data-field='email']");
    private static final By HEADING = By.id("heading");
    private static final By DIFFERENT_EMAIL = By.id("different-email");
    private static final By LOST_PASSWORD = By.id("lost-password");

    public PasswordPage(WebDriver driver) {
        super(driver, "login-password");
    }

    public void signIn(String password) {
        assertCurrent();
        type(PASSWORD, password);
        click(SIGN_IN);
    }

    /** With the keyboard alone: Tab to the password field, type it, Enter sends it as "Sign in" does. */
    public void signInWithTheKeyboard(String password) {
        assertCurrent();
        Keyboard.tabTo(driver, PASSWORD, "The password field");
        Keyboard.type(driver, password);
        Keyboard.enterToSend(driver);
    }

    /** Signs in with the method whose label is given, as "Choose your verification method" shows it. */
    public void signIn(String password, String methodLabel) {
        assertCurrent();
        type(PASSWORD, password);
        chooseLabelled(METHOD, methodLabel);
        click(SIGN_IN);
    }

    /** The labels of "Choose your verification method", in order; empty when the page has no choice. */
    public List<String> methods() {
        assertCurrent();
        return driver.findElements(METHOD).stream()
                .flatMap(select -> new Select(select).getOptions().stream())
                .map(option -> option.getText().strip())
                .toList();
    }

    /** The method selected when the page opened. */
    public String preselectedMethod() {
        assertCurrent();
        return new Select(driver.findElement(METHOD)).getFirstSelectedOption().getText().strip();
    }

    public String heading() {
        assertCurrent();
        return driver.findElement(HEADING).getText();
    }

    /** The address the page signs in, as it shows it. */
    public String email() {
        assertCurrent();
        return driver.findElement(EMAIL).getText();
    }

    public void lostYourPassword() {
        assertCurrent();
        click(LOST_PASSWORD);
    }

    public void useADifferentEmail() {
        assertCurrent();
        click(DIFFERENT_EMAIL);
    }

    public boolean saysPasswordIncorrect() {
        assertCurrent();
        return shows("password-incorrect");
    }

    /** The reset link offered with "Incorrect password supplied": "Lost your password?", under the password field. */
    public String resetLinkAddress() {
        assertCurrent();
        return driver.findElement(LOST_PASSWORD).getDomProperty("href");
    }
}
