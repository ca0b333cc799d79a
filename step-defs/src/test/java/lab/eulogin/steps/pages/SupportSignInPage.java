package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The support console's own sign-in, for support staff with their own accounts (FAQ HELP-02). */
public final class SupportSignInPage extends Page {
    public static final String PATH = "/cas/support/login";
    private static final By LOGIN = By.id("login");
    private static final By PASSWORD = By.id("password");
    private static final By SIGN_IN = By.id("console-sign-in");

    public SupportSignInPage(WebDriver driver) {
        super(driver, "support-login");
    }

    public SupportSignInPage open(String idpUrl) {
        go(driver, idpUrl + PATH);
        assertCurrent();
        return this;
    }

    public void signIn(String login, String password) {
        assertCurrent();
        type(LOGIN, login);
        type(PASSWORD, password);
        click(SIGN_IN);
    }
}
