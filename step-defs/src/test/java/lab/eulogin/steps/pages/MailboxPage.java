package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One address's inbox in the web mailbox, newest message first. */
public final class MailboxPage extends Page {
    private static final By MESSAGES = By.cssSelector("a[data-message-id]");

    public MailboxPage(WebDriver driver) {
        super(driver, "mailbox");
    }

    public MailMessagePage openNewestMessage() {
        assertCurrent();
        click(MESSAGES);
        return new MailMessagePage(driver);
    }
}
