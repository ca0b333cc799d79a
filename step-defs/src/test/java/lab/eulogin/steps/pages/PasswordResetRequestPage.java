package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * "Lost your password?": the e-mail address, the code of the picture (a captcha, as on EU Login's
 * page), then "Get a password" (FAQ PWD-01, ACC-10). The code is given as a person reads it from
 * the picture: a test asks the lab for it once the page is there (see {@link #shown}).
 */
public final class PasswordResetRequestPage extends Page {
    public static final String PATH = "/cas/init/passwordResetRequest.cgi";
    private static final By EMAIL = By.id("email");
    private static final By CAPTCHA = By.id("captcha");
    private static final By GET_PASSWORD = By.id("get-password");

    public PasswordResetRequestPage(WebDriver driver) {
        super(driver, "password-reset-request");
    }

    public PasswordResetRequestPage open(String idpUrl) {
        go(driver, idpUrl + PATH);
        assertCurrent();
        return this;
    }

    /** The page once the browser shows it (after a link to it, say), its picture drawn: the code can be read. */
    public static PasswordResetRequestPage shown(WebDriver driver) {
        PasswordResetRequestPage page = new PasswordResetRequestPage(driver);
        page.assertCurrent();
        return page;
    }

    /** Types the address and the code of the picture, and clicks on "Get a password". */
    public void askFor(String email, String captchaCode) {
        fillIn(email, captchaCode);
        click(GET_PASSWORD);
    }

    /** Types the address and the code of the picture, and sends the form with Enter in the code's field. */
    public void askForWithEnter(String email, String captchaCode) {
        fillIn(email, captchaCode);
        Keyboard.enterToSend(driver);
    }

    /** The address in the form, as the person sees it after the page came back. */
    public String typedEmail() {
        assertCurrent();
        return driver.findElement(EMAIL).getDomProperty("value");
    }

    public boolean saysLocked() {
        assertCurrent();
        return shows("account-locked-no-reset");
    }

    private void fillIn(String email, String captchaCode) {
        assertCurrent();
        type(EMAIL, email);
        type(CAPTCHA, captchaCode);
    }
}
