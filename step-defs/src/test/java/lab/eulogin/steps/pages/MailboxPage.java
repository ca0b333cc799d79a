package lab.eulogin.steps.pages;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /**
     * Reloads, as a person would, until a message whose subject contains {@code subjectPart} is
     * there, and opens the newest such one: other mail (a notice that the password changed, say)
     * may have come after it.
     */
    public MailMessagePage openNewestMessageAbout(String subjectPart) {
        assertCurrent();
        await("a mail about '" + subjectPart + "' in " + driver.getCurrentUrl())
                .atMost(PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL.multipliedBy(2))
                .until(() -> {
                    if (newestAbout(subjectPart).isPresent()) {
                        return true;
                    }
                    reload(driver);
                    return false;
                });
        newestAbout(subjectPart).orElseThrow().click();
        return new MailMessagePage(driver);
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

    private Optional<WebElement> newestAbout(String subjectPart) {
        List<WebElement> rows = driver.findElements(MESSAGES);
        return rows.stream().filter(row -> row.findElement(SUBJECT).getText().contains(subjectPart)).findFirst();
    }
}
