package lab.eulogin.steps.pages;

import org.openqa.selenium.WebDriver;

/** After the registration form: an e-mail was sent to verify the address. */
public final class MailSentPage extends Page {

    public MailSentPage(WebDriver driver) {
        super(driver, "register-mail-sent");
    }
}
