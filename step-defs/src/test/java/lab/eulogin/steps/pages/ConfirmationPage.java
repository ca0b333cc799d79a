package lab.eulogin.steps.pages;

import org.openqa.selenium.WebDriver;

/**
 * A page that only confirms what happened, known by its {@code data-page} and the message it
 * shows: "a link has been sent", "Your account has been successfully updated", and the like.
 */
public final class ConfirmationPage extends Page {
    public ConfirmationPage(WebDriver driver, String pageId) {
        super(driver, pageId);
    }
}
