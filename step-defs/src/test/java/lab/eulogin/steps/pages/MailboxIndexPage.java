package lab.eulogin.steps.pages;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web mailbox's first page: one line per address that has received mail. */
public final class MailboxIndexPage extends Page {

    public MailboxIndexPage(WebDriver driver) {
        super(driver, "mailbox-index");
    }

    public MailboxIndexPage open(String mailUrl) {
        go(driver, mailUrl + "/");
        assertCurrent();
        return this;
    }

    /** Adds a junk rule in the page's form: mail to this address goes to the Junk folder (FAQ ACC-07). */
    public MailboxIndexPage sendToJunkMailFor(String address) {
        assertCurrent();
        choose(By.id("rule-kind"), "address");
        type(By.id("rule-value"), address);
        click(By.cssSelector("#junk-rules .rule-form button[type='submit']"));
        new WebDriverWait(driver, PATIENCE, POLL).until(d -> d.findElements(By.cssSelector("[data-junk-rule]")).stream()
                .anyMatch(rule -> rule.getText().contains(address)));
        return this;
    }

    /** Opens the mailbox of this address, reloading the page, as a person would, until mail has come. */
    public MailboxPage openMailboxOf(String address) {
        By mailbox = By.cssSelector("a[data-mailbox='" + address + "']");
        await("mail for " + address + " in the web mailbox")
                .atMost(PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL.multipliedBy(2))
                .until(() -> {
                    if (!driver.findElements(mailbox).isEmpty()) {
                        return true;
                    }
                    reload(driver);
                    return false;
                });
        click(mailbox);
        return new MailboxPage(driver);
    }
}
