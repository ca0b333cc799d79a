package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Add a mobile phone number": the "Mobile phone" field and "Add". */
public final class AddMobilePhonePage extends Page {
    private static final By NUMBER = By.id("mobilePhone");
    private static final By ADD = By.id("add");
    private static final By NUMBER_ERROR = By.cssSelector("[data-field='mobilePhone'][data-msg]");

    public AddMobilePhonePage(WebDriver driver) {
        super(driver, "add-mobile-phone");
    }

    /** Types the number as given and clicks "Add". */
    public void add(String typed) {
        assertCurrent();
        type(NUMBER, typed);
        Submit.clickAndWaitForTheAnswer(driver, ADD);
    }

    /** The message next to the "Mobile phone" field; fails when there is none. */
    public String numberError() {
        assertCurrent();
        List<WebElement> errors = driver.findElements(NUMBER_ERROR);
        if (errors.isEmpty()) {
            throw new AssertionError("No message next to 'Mobile phone'; the page's messages: " + messages());
        }
        return errors.get(0).getText().strip();
    }

    /** What the "Mobile phone" field holds now. */
    public String typedNumber() {
        assertCurrent();
        return driver.findElement(NUMBER).getDomProperty("value");
    }
}
