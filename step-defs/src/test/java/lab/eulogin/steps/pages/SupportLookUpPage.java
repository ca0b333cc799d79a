package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The support console's "Look up an account". */
public final class SupportLookUpPage extends Page {
    private static final By EMAIL = By.id("email");
    private static final By LOOK_UP = By.id("look-up");

    public SupportLookUpPage(WebDriver driver) {
        super(driver, "support-home");
    }

    public void lookUp(String email) {
        assertCurrent();
        type(EMAIL, email);
        click(LOOK_UP);
    }
}
