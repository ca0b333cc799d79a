package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waiting for a message on a page that comes back as itself (a form with its errors, "Continue"
 * while the app has not answered): the page id alone cannot tell the new page from the old one.
 */
final class WaitFor {
    private WaitFor() {
    }

    /** Waits for the message with this key; a timeout names the messages the page shows instead. */
    static String message(WebDriver driver, String key) {
        By message = By.cssSelector("[data-msg='" + key + "']");
        try {
            return new WebDriverWait(driver, Page.PATIENCE, Page.POLL).until(d -> d.findElements(message).stream()
                    .map(WebElement::getText).findFirst().orElse(null));
        } catch (TimeoutException e) {
            List<String> shown = driver.findElements(By.cssSelector("[data-msg]")).stream()
                    .map(m -> m.getDomAttribute("data-msg")).toList();
            throw new AssertionError("Expected the message '" + key + "' on " + Page.pageIdOf(driver) + " at "
                    + driver.getCurrentUrl() + " but it shows " + shown, e);
        }
    }
}
