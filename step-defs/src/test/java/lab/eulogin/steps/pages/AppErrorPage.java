package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A demo application's own error page (FAQ SIGN-11): not an EU Login page. */
public final class AppErrorPage extends Page {
    private static final By BODY = By.tagName("body");

    public AppErrorPage(WebDriver driver) {
        super(driver, "app-error");
    }

    /** The application whose page it is. */
    public String application() {
        assertCurrent();
        return driver.findElement(BODY).getDomAttribute("data-service");
    }

    /** What the page says about where the error comes from. */
    public String whereTheErrorComesFrom() {
        assertCurrent();
        return messageText("error-from-application");
    }
}
