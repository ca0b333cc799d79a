package lab.eulogin.steps.pages;

import org.openqa.selenium.WebDriver;

/** EU Login's "You have logged out of EU Login", where a CAS application's logout leaves the browser. */
public final class LoggedOutPage extends Page {

    public LoggedOutPage(WebDriver driver) {
        super(driver, "logged-out");
    }

    /** What the page says, once the browser is on it. */
    public String heading() {
        assertCurrent();
        return messageText("logged-out");
    }
}
