package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Add a mobile phone number": the number, "Add"; then the text message challenge code, "Finalise". */
public final class AddPhoneNumberPage extends Page {
    private static final By NUMBER = By.id("mobilePhone");
    private static final By ADD = By.id("add");

    public AddPhoneNumberPage(WebDriver driver) {
        super(driver, "add-mobile-phone");
    }

    /** Types the number and clicks "Add": EU Login sends an SMS challenge to it. */
    public PhoneChallengePage add(String number) {
        assertCurrent();
        type(NUMBER, number);
        click(ADD);
        return new PhoneChallengePage(driver);
    }

    /** The step after "Add": the challenge code from the SMS, then "Finalise". */
    public static final class PhoneChallengePage extends Page {
        private static final By CHALLENGE = By.id("challenge");
        private static final By FINALISE = By.id("finalise");

        PhoneChallengePage(WebDriver driver) {
            super(driver, "add-mobile-phone-challenge");
        }

        public void finalise(String code) {
            assertCurrent();
            type(CHALLENGE, code);
            click(FINALISE);
        }
    }
}
