package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    /**
     * "Register it" or "Use my Security Key or Trusted Platform". The page posts the authenticator's
     * answer, or the browser's refusal, by itself: this returns on the page that answers it.
     */
    public void useTheKey() {
        assertCurrent();
        markThisCopy(driver);
        click(USE_KEY);
        awaitTheNextCopy(driver);
    }

    /**
     * No registered key answered the browser's request (FAQ APP-09): the method's step again, saying
     * so (a new load of the same page, which {@link #useTheKey} waited for).
     */
    public boolean saysNoRegisteredKeyAnswered() {
        assertCurrent();
        try {
            new WebDriverWait(driver, PATIENCE, POLL).until(d -> shows("security-key-no-answer"));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
