package lab.eulogin.steps.pages;

import org.openqa.selenium.WebDriver;

/** EUShare's public page, where EU Login's end-session sends the browser back after its logout. */
public final class EuShareWelcomePage extends Page {

    public EuShareWelcomePage(WebDriver driver) {
        super(driver, "eushare-welcome");
    }

    /** What the page says about signing out; it fails when the page does not say it. */
    public String aboutSigningOut() {
        assertCurrent();
        return messageText("signed-out");
    }
}
