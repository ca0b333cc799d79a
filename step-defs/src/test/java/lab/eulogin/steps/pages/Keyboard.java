package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The keyboard alone, as a person without a mouse uses it: Tab from where the focus is until the
 * element has it, in the page's own order, then typing, then Enter to send the form.
 */
final class Keyboard {
    /** Enough for any of the lab's pages: the skip link, the logo and the menus come before the form. */
    private static final int MOST_TABS = 15;

    private Keyboard() {
    }

    /** Presses Tab until the element has the focus; fails, naming it, if it never gets it. */
    static void tabTo(WebDriver driver, By target, String what) {
        WebElement element = driver.findElement(target);
        for (int i = 0; i < MOST_TABS && !focused(driver, element); i++) {
            press(driver, Keys.TAB);
        }
        if (!focused(driver, element)) {
            throw new AssertionError(what + " never had the focus after " + MOST_TABS + " presses of Tab");
        }
    }

    static boolean focused(WebDriver driver, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.activeElement === arguments[0];", element));
    }

    /** Types into whatever has the focus. */
    static void type(WebDriver driver, String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    static void press(WebDriver driver, Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Enter in a form's field sends the form; returns once the page that answers is there. */
    static void enterToSend(WebDriver driver) {
        Page.markThisCopy(driver);
        press(driver, Keys.ENTER);
        Page.awaitTheNextCopy(driver);
    }
}
