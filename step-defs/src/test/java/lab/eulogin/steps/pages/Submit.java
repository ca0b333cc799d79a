package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicking a button that submits its form, and waiting for the page the server answers. Needed
 * where the answer may be the same page again (a refused number, a wrong code): waiting for the
 * page id alone would read the page from before the click.
 */
final class Submit {
    private Submit() {
    }

    static void clickAndWaitForTheAnswer(WebDriver driver, By button) {
        WebElement clicked = driver.findElement(button);
        Mouse.click(driver, clicked);
        try {
            new WebDriverWait(driver, Page.PATIENCE, Page.POLL).until(d -> isGone(clicked));
        } catch (TimeoutException e) {
            throw new AssertionError("The server did not answer the click on " + button + " at "
                    + driver.getCurrentUrl(), e);
        }
    }

    /**
     * Whether the element belongs to a page that was left. While the next page loads, Chromium
     * may say so in its own words rather than as a stale element.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
