package lab.eulogin.steps.pages;

import java.util.List;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in box wherever a page or a service sends the browser to it: the e-mail address and
 * "Next" when it asks for them, or straight the password when it remembers the address
 * ("Welcome back") or asks it again of whoever is signed in.
 */
public final class SignInBox {
    private static final Set<String> STEPS = Set.of("login-identifier", "login-password");
    private static final By HEADING = By.id("heading");
    private static final By SERVICE_NAME = By.cssSelector("[data-msg='requested-by'] [data-field='service-name']");

    private final WebDriver driver;

    public SignInBox(WebDriver driver) {
        this.driver = driver;
    }

    /** Whether the browser shows the sign-in box now, at either step. */
    public boolean isShown() {
        return STEPS.contains(Page.pageIdOf(driver));
    }

    /** The password step, through the e-mail step when the box asks for the address first. */
    public PasswordPage passwordStep(String email) {
        passwordOrIdentifierShown();
        return "login-identifier".equals(Page.pageIdOf(driver))
                ? new LoginPage(driver).continueAs(email)
                : new PasswordPage(driver);
    }

    /** Signs in with the password alone, choosing "Password" when the box offers a choice. */
    public void signInWithPassword(String email, String password) {
        PasswordPage page = passwordStep(email);
        if (page.methods().contains("Password")) {
            page.signIn(password, "Password");
        } else {
            page.signIn(password);
        }
    }

    /** The box's heading, at whichever step it shows: "Sign in to continue" or "Welcome back". */
    public String heading() {
        passwordOrIdentifierShown();
        return driver.findElement(HEADING).getText().strip();
    }

    /** The application that asked for the sign-in, as the box shows it; empty without one. */
    public String requestedBy() {
        List<WebElement> names = driver.findElements(SERVICE_NAME);
        return names.isEmpty() ? "" : names.get(0).getText().strip();
    }

    private void passwordOrIdentifierShown() {
        try {
            new WebDriverWait(driver, Page.PATIENCE, Page.POLL).until(d -> STEPS.contains(Page.pageIdOf(d)));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected the sign-in box but the browser shows '" + Page.pageIdOf(driver)
                    + "' at " + driver.getCurrentUrl(), e);
        }
    }
}
