package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A page where EU Login asks the browser for the security key or trusted platform: registering
 * one in My Account ({@link #registering}), or the sign-in step of the method ({@link #signingIn}).
 * The button starts the browser's WebAuthn request; the authenticator answers it, and the page
 * posts the answer back by itself.
 */
public final class SecurityKeyPrompt extends Page {
    private static final By USE_KEY = By.id("use-key");

    private SecurityKeyPrompt(WebDriver driver, String pageId) {
        super(driver, pageId);
    }

    public static SecurityKeyPrompt registering(WebDriver driver) {
        return new SecurityKeyPrompt(driver, "security-key-register");
    }

    public static SecurityKeyPrompt signingIn(WebDriver driver) {
        return new SecurityKeyPrompt(driver, "login-security-key");
    }

    /** "Register it" or "Use my Security Key or Trusted Platform". */
    public void useTheKey() {
        assertCurrent();
        click(USE_KEY);
    }

    /** No registered key answered the browser's request (FAQ APP-09): the method's step again, saying so. */
    public boolean saysNoRegisteredKeyAnswered() {
        return says("security-key-no-answer");
    }
}
