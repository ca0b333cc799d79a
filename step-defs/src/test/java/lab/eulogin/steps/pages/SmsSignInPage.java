package lab.eulogin.steps.pages;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The "Mobile Phone + SMS" step after the password: "Mobile phone", "SMS text challenge", "Sign in", "Send a new code". */
public final class SmsSignInPage extends Page {
    private static final By MOBILE_PHONE = By.id("mobilePhone");
    private static final By MOBILE_PHONE_HINT = By.id("mobilePhone-hint");
    private static final By MOBILE_PHONE_ERROR = By.id("mobilePhone-error");
    private static final By CHALLENGE = By.id("challenge");
    private static final By SIGN_IN = By.id("sign-in");
    private static final By SEND_A_NEW_CODE = By.id("resend");
    private static final Pattern VALID_FOR = Pattern.compile("valid for (\\d+) minutes");

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

    /** The number in "Mobile phone", as the page shows it. */
    public String mobilePhone() {
        assertCurrent();
        return driver.findElement(MOBILE_PHONE).getAttribute("value").strip();
    }

    /** What the page says about "Mobile phone", beside the field. */
    public String mobilePhoneHint() {
        assertCurrent();
        return driver.findElement(MOBILE_PHONE_HINT).getText().strip();
    }

    /** Types this number in "Mobile phone" and clicks "Send a new code". */
    public void sendANewCodeTo(String typedNumber) {
        assertCurrent();
        type(MOBILE_PHONE, typedNumber);
        sendANewCode();
    }

    /** The error next to "Mobile phone", once the page shows one. */
    public String mobilePhoneError() {
        assertCurrent();
        return driver.findElement(MOBILE_PHONE_ERROR).getText().strip();
    }

    /** "A text message with a challenge code was sent to ...". */
    public String codeSentNotice() {
        assertCurrent();
        return messageText("code-sent");
    }

    /** How long the code sent is valid, as the notice says: "It is valid for 10 minutes." */
    public Duration codeValidity() {
        Matcher minutes = VALID_FOR.matcher(codeSentNotice());
        if (!minutes.find()) {
            throw new AssertionError("The notice does not say how long the code is valid: " + codeSentNotice());
        }
        return Duration.ofMinutes(Long.parseLong(minutes.group(1)));
    }
}
