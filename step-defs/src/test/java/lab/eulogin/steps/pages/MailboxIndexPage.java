package lab.eulogin.steps.pages;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The web mailbox's first page: one line per address that has received mail. */
public final class MailboxIndexPage extends Page {

    public MailboxIndexPage(WebDriver driver) {
        super(driver, "mailbox-index");
    }

    public MailboxIndexPage open(String mailUrl) {
        driver.get(mailUrl + "/");
        assertCurrent();
        return this;
    }

    /** Opens the mailbox of this address, reloading the page, as a person would, until mail has come. */
    public MailboxPage openMailboxOf(String address) {
        By mailbox = By.cssSelector("a[data-mailbox='" + address + "']");
        await("mail for " + address + " in the web mailbox")
                .atMost(PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!driver.findElements(mailbox).isEmpty()) {
                        return true;
                    }
                    driver.navigate().refresh();
                    return false;
                });
        click(mailbox);
        return new MailboxPage(driver);
    }
}
