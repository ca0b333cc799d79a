package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** The "Mobile Phone + SMS" step after the password: "Mobile phone", "SMS text challenge", "Sign in", "Send a new code". */
public final class SmsSignInPage extends Page {
    private static final By MOBILE_PHONE = By.id("mobilePhone");
    private static final By CHALLENGE = By.id("challenge");
    private static final By SIGN_IN = By.id("sign-in");
    private static final By SEND_A_NEW_CODE = By.id("resend");

    public SmsSignInPage(WebDriver driver) {
        super(driver, "login-sms");
    }

    /** Types the challenge into "SMS text challenge" and clicks "Sign in". */
    public void signIn(String challenge) {
        assertCurrent();
        type(CHALLENGE, challenge);
        Submit.clickAndWaitForTheAnswer(driver, SIGN_IN);
    }

    /** "Send a new code", to the number chosen in "Mobile phone". */
    public void sendANewCode() {
        assertCurrent();
        Submit.clickAndWaitForTheAnswer(driver, SEND_A_NEW_CODE);
    }

    /** The number chosen in "Mobile phone", as the page shows it. */
    public String mobilePhone() {
        assertCurrent();
        return new Select(driver.findElement(MOBILE_PHONE)).getFirstSelectedOption().getText().strip();
    }

    /** "A text message with a challenge code was sent to ...". */
    public String codeSentNotice() {
        assertCurrent();
        return messageText("code-sent");
    }
}
