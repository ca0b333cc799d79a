package lab.eulogin.steps.pages;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One address's mailbox in the web mailbox, a folder at a time (Inbox or Junk), newest message first. */
public final class MailboxPage extends Page {
    private static final By MESSAGES = By.cssSelector("a[data-message-id]");
    private static final By SUBJECT = By.cssSelector(".subject");

    public MailboxPage(WebDriver driver) {
        super(driver, "mailbox");
    }

    public MailMessagePage openNewestMessage() {
        assertCurrent();
        click(MESSAGES);
        return new MailMessagePage(driver);
    }

    /** Reloads, as a person would, until the newest message's subject contains {@code subjectPart}, and opens it. */
    public MailMessagePage openNewestMessageAbout(String subjectPart) {
        assertCurrent();
        await("a mail about '" + subjectPart + "' in " + driver.getCurrentUrl())
                .atMost(PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL.multipliedBy(2))
                .until(() -> {
                    if (newestSubject().contains(subjectPart)) {
                        return true;
                    }
                    reload(driver);
                    return false;
                });
        return openNewestMessage();
    }

    /** "Inbox" or "Junk". */
    public MailboxPage openFolder(String folder) {
        assertCurrent();
        click(By.cssSelector("[data-folder-link='" + folder + "']"));
        return this;
    }

    /** How many messages the folder tab says the folder holds. */
    public int countIn(String folder) {
        assertCurrent();
        return Integer.parseInt(driver.findElement(By.cssSelector("[data-count='" + folder + "']")).getText().strip());
    }

    private String newestSubject() {
        List<WebElement> rows = driver.findElements(MESSAGES);
        return rows.isEmpty() ? "" : rows.get(0).findElement(SUBJECT).getText();
    }
}
