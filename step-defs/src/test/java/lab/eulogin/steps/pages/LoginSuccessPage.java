package lab.eulogin.steps.pages;

import org.openqa.selenium.WebDriver;

/** "Successful login": signed in without a service to go back to. */
public final class LoginSuccessPage extends Page {

    public LoginSuccessPage(WebDriver driver) {
        super(driver, "login-success");
    }
}
