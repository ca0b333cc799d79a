package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** After "Add": the "Text message challenge code" sent by SMS, then "Finalise" (or "Send a new code"). */
public final class AddMobilePhoneChallengePage extends Page {
    private static final By CHALLENGE = By.id("challenge");
    private static final By FINALISE = By.id("finalise");
    private static final By BACK = By.cssSelector("a[href$='" + MobilePhonesPage.PATH + "']");

    public AddMobilePhoneChallengePage(WebDriver driver) {
        super(driver, "add-mobile-phone-challenge");
    }

    public void finalise(String code) {
        assertCurrent();
        type(CHALLENGE, code);
        Submit.clickAndWaitForTheAnswer(driver, FINALISE);
    }

    /** "A text message with a challenge code was sent to ...". */
    public String codeSentNotice() {
        assertCurrent();
        return messageText("code-sent");
    }

    /** "Back to my mobile phone numbers". */
    public void backToMyNumbers() {
        assertCurrent();
        click(BACK);
    }
}
