package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An application asks more than the password: which methods it accepts and how to add one. */
public final class SecondFactorRequiredPage extends Page {
    private static final By ADD_A_PHONE = By.id("mobile-phones");

    public SecondFactorRequiredPage(WebDriver driver) {
        super(driver, "second-factor-required");
    }

    /** Whether it says a second factor is needed and shows the way to add one. */
    public boolean explainsHowToAddAMethod() {
        assertCurrent();
        return shows("second-factor-required") && shows("second-factor-how")
                && !driver.findElements(ADD_A_PHONE).isEmpty();
    }
}
