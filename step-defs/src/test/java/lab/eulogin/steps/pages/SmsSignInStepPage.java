package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The sign-in step of "Mobile Phone + SMS": the "SMS text challenge" from the phone, then "Sign in". */
public final class SmsSignInStepPage extends Page {
    private static final By CHALLENGE = By.id("challenge");
    private static final By SIGN_IN = By.id("sign-in");

    public SmsSignInStepPage(WebDriver driver) {
        super(driver, "login-sms");
    }

    public void signIn(String challenge) {
        assertCurrent();
        type(CHALLENGE, challenge);
        click(SIGN_IN);
    }
}
