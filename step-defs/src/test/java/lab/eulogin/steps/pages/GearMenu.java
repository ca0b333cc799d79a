package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
    private static final String GEAR_ID = "gear";
    private static final String MY_ACCOUNT_ID = "my-account";
    private static final By GEAR = By.id(GEAR_ID);
    private static final By MY_ACCOUNT = By.id(MY_ACCOUNT_ID);
    /** The skip link, the EU Login logo, then the gear: a few presses of Tab at most. */
    private static final int MOST_TABS = 10;

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
        for (int i = 0; i < MOST_TABS && !focused(GEAR_ID); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        if (!focused(GEAR_ID)) {
            throw new AssertionError("The gear never had the focus after " + MOST_TABS + " presses of Tab");
        }
        WebElement myAccount = menuEntryShown();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        if (!focused(MY_ACCOUNT_ID)) {
            throw new AssertionError("Tab after the gear does not lead to \"" + myAccount.getText() + "\"");
        }
        new Actions(driver).sendKeys(Keys.ENTER).perform();
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

    private boolean focused(String id) {
        return id.equals(((JavascriptExecutor) driver).executeScript("return document.activeElement && document.activeElement.id"));
    }
}
