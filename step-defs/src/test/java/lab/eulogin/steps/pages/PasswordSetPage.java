package lab.eulogin.steps.pages;

import org.openqa.selenium.WebDriver;

/** After a good new password: "You are now authenticated and can proceed to the service you want to use". */
public final class PasswordSetPage extends Page {

    public PasswordSetPage(WebDriver driver) {
        super(driver, "password-set");
    }

    public boolean saysAuthenticated() {
        assertCurrent();
        return shows("authenticated");
    }
}
