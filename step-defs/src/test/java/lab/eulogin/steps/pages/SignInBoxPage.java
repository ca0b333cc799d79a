package lab.eulogin.steps.pages;

import java.util.Set;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * EU Login's sign-in box as an application sends the browser to it: the e-mail step, or straight
 * the password step when EU Login already knows the address ("Welcome back", or a sign-in asked
 * again). Either shows which application asked (FAQ SIGN-10).
 */
public final class SignInBoxPage extends Page {
    private static final Set<String> STEPS = Set.of("login-identifier", "login-password");

    public SignInBoxPage(WebDriver driver) {
        super(driver, "login-identifier");
    }

    @Override
    public void assertCurrent() {
        try {
            new WebDriverWait(driver, PATIENCE).until(d -> STEPS.contains(pageIdOf(d)));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected EU Login's sign-in box but the browser shows '" + pageIdOf(driver)
                    + "' at " + driver.getCurrentUrl() + ", with the messages " + messages(), e);
        }
    }

    /** The line saying which application asked for the sign-in. */
    public String requestedBy() {
        assertCurrent();
        return messageText("requested-by");
    }

    /** Gives the e-mail address if the box asks for it, and so reaches the password step. */
    public PasswordPage passwordStep(String email) {
        assertCurrent();
        if ("login-identifier".equals(pageIdOf(driver))) {
            new LoginPage(driver).continueAs(email);
        }
        PasswordPage password = new PasswordPage(driver);
        password.assertCurrent();
        return password;
    }
}
