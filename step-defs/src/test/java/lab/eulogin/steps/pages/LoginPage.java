package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** EU Login's main page, first step: the e-mail address or unique identifier, then "Next". */
public final class LoginPage extends Page {
    private static final By IDENTIFIER = By.id("username");
    private static final By NEXT = By.id("next");
    private static final By CREATE_ACCOUNT = By.id("create-account");

    public LoginPage(WebDriver driver) {
        super(driver, "login-identifier");
    }

    /**
     * Opens the main page at its first step: where this browser remembers an address ("Welcome
     * back"), clicks "Sign in with a different e-mail address?", as a person signing in afresh would.
     */
    public LoginPage open(String idpUrl) {
        go(driver, idpUrl + "/cas/login");
        PasswordPage welcomeBack = new PasswordPage(driver);
        if (welcomeBack.isCurrent()) {
            welcomeBack.useADifferentEmail();
        }
        assertCurrent();
        return this;
    }

    public void createAnAccount() {
        assertCurrent();
        click(CREATE_ACCOUNT);
    }

    public PasswordPage continueAs(String identifier) {
        assertCurrent();
        type(IDENTIFIER, identifier);
        click(NEXT);
        return new PasswordPage(driver);
    }

    /** With the keyboard alone: Tab to the e-mail address field, type it, Enter sends it as NEXT does. */
    public PasswordPage continueWithTheKeyboardAs(String identifier) {
        assertCurrent();
        Keyboard.tabTo(driver, IDENTIFIER, "The e-mail address field");
        Keyboard.type(driver, identifier);
        Keyboard.enterToSend(driver);
        return new PasswordPage(driver);
    }

    /** What the e-mail address field holds, as the page was given or as typed. */
    public String typedIdentifier() {
        assertCurrent();
        return driver.findElement(IDENTIFIER).getDomProperty("value");
    }

    public boolean saysAccountUnknown() {
        assertCurrent();
        return shows("account-unknown");
    }
}
