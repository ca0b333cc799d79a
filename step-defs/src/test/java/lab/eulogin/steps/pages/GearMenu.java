package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gear at the top right of EU Login's pages once signed in, and its menu: "move the mouse over
 * the gear at the top right-hand corner to display the menu and select 'My Account'" (EURES FAQ).
 * The menu is hidden until the mouse is over the gear or the gear has the keyboard's focus.
 */
public final class GearMenu {
    private static final By GEAR = By.id("gear");
    private static final By MY_ACCOUNT = By.id("my-account");

    private final WebDriver driver;

    public GearMenu(WebDriver driver) {
        this.driver = driver;
    }

    /** With the mouse: over the gear, the menu shows; a click on "My Account". */
    public void myAccountWithTheMouse() {
        WebElement gear = new WebDriverWait(driver, Page.PATIENCE, Page.POLL)
                .until(ExpectedConditions.visibilityOfElementLocated(GEAR));
        assertMenuHidden();
        new Actions(driver).moveToElement(gear).perform();
        Mouse.click(driver, menuEntryShown());
    }

    /** With the keyboard: Tab until the gear has the focus, the menu shows; Tab to "My Account", Enter. */
    public void myAccountWithTheKeyboard() {
        assertMenuHidden();
        Keyboard.tabTo(driver, GEAR, "The gear");
        WebElement myAccount = menuEntryShown();
        Keyboard.press(driver, Keys.TAB);
        if (!Keyboard.focused(driver, myAccount)) {
            throw new AssertionError("Tab after the gear does not lead to \"" + myAccount.getText() + "\"");
        }
        Keyboard.press(driver, Keys.ENTER);
    }

    private void assertMenuHidden() {
        if (driver.findElement(MY_ACCOUNT).isDisplayed()) {
            throw new AssertionError("The gear's menu shows before the mouse or the focus is on the gear");
        }
    }

    private WebElement menuEntryShown() {
        try {
            return new WebDriverWait(driver, Page.PATIENCE, Page.POLL)
                    .until(ExpectedConditions.visibilityOfElementLocated(MY_ACCOUNT));
        } catch (TimeoutException e) {
            throw new AssertionError("The gear's menu did not show \"My Account\"", e);
        }
    }

}
