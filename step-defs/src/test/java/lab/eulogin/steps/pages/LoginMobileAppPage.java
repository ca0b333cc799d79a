package lab.eulogin.steps.pages;

import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "EU Login Mobile App PIN Code", on the PC: an authentication request is pending on the device;
 * the page goes on by itself once the app has answered, or says why it cannot.
 */
public final class LoginMobileAppPage extends Page {
    private static final By WAITING = By.id("waiting");
    private static final By CONTINUE = By.id("continue");
    /** The pages before the app has answered, and a page still loading. */
    private static final Set<String> SIGN_IN_STEPS = Set.of("login-password", "login-mobile-app", "(no page yet)");

    public LoginMobileAppPage(WebDriver driver) {
        super(driver, "login-mobile-app");
    }

    /** "An authentication request is pending on ...", naming the device. */
    public String pendingText() {
        assertCurrent();
        return driver.findElement(WAITING).getText();
    }

    /**
     * Waits until the browser has gone on past the sign-in steps by itself, with no click. The app
     * may have answered before this page even showed; then the browser never stops on it.
     */
    public void waitUntilItGoesOn() {
        try {
            new WebDriverWait(driver, PATIENCE, POLL).until(d -> !SIGN_IN_STEPS.contains(pageIdOf(d)));
        } catch (TimeoutException e) {
            throw new AssertionError("The PC still shows '" + pageIdOf(driver) + "', with the messages " + messages(), e);
        }
    }

    /** "Continue" before the app has answered: the page says it has not answered yet. */
    public String continueWhileWaiting() {
        assertCurrent();
        try {
            click(CONTINUE);
        } catch (NoSuchElementException | StaleElementReferenceException pageWentOn) {
            throw new AssertionError("The PC page went on by itself: the app had answered", pageWentOn);
        }
        return WaitFor.message(driver, "app-request-pending");
    }

    /** "Too many wrong PIN codes: this device cannot be used to sign in for a while." */
    public String deviceLockedMessage() {
        assertCurrent();
        return WaitFor.message(driver, "device-locked");
    }
}
