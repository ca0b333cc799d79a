package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The EURES portal's public page: "Sign in", and the password that is EU Login's (FAQ ACC-15). */
public final class EuresWelcomePage extends Page {

    public EuresWelcomePage(WebDriver driver) {
        super(driver, "eures-welcome");
    }

    /** What the portal says about its password. */
    public String aboutThePassword() {
        assertCurrent();
        return messageText("no-password-of-its-own");
    }

    /** Follows a link or button by its words, e.g. "Sign in" or "Lost your password?". */
    public void choose(String words) {
        assertCurrent();
        click(By.linkText(words));
    }
}
