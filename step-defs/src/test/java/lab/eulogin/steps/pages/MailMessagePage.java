package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One message in the web mailbox, its text with the addresses in it as links. */
public final class MailMessagePage extends Page {
    private static final By SUBJECT = By.cssSelector("[data-field='subject']");
    private static final By TEXT = By.cssSelector("[data-part='text']");
    private static final By TEXT_LINKS = By.cssSelector("[data-part='text'] a");
    private static final By NARROW_VIEW = By.cssSelector("[data-view-link='narrow']");
    private static final By NARROW_LINKS = By.cssSelector("[data-part='narrow'] a");

    public MailMessagePage(WebDriver driver) {
        super(driver, "mail-message");
    }

    public String subject() {
        assertCurrent();
        return driver.findElement(SUBJECT).getText();
    }

    public String text() {
        assertCurrent();
        return driver.findElement(TEXT).getText();
    }

    /** Clicks the first link in the text whose address contains {@code part}. */
    public void clickLinkContaining(String part) {
        assertCurrent();
        List<WebElement> links = driver.findElements(TEXT_LINKS);
        WebElement link = links.stream()
                .filter(a -> a.getDomProperty("href").contains(part))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link containing '" + part + "' in the mail; its links: "
                        + links.stream().map(a -> a.getDomProperty("href")).toList()));
        Mouse.click(driver, link);
    }

    /** Shows the message as a mail program that wraps lines at 76 characters would (FAQ ACC-11). */
    public MailMessagePage viewInANarrowMailProgram() {
        assertCurrent();
        click(NARROW_VIEW);
        return this;
    }

    /** In the narrow view, clicks the first part of a split link: the part that stayed a link. */
    public void clickTheLinkAsWrapped() {
        assertCurrent();
        click(NARROW_LINKS);
    }
}
