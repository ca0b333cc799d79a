package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Manage my mobile phone numbers" in My Account: the numbers, and "Add a mobile phone number". */
public final class PhoneNumbersPage extends Page {
    private static final By ADD = By.id("add-mobile-phone");
    private static final By NUMBERS = By.cssSelector("[data-phone]");

    public PhoneNumbersPage(WebDriver driver) {
        super(driver, "mobile-phones");
    }

    public AddPhoneNumberPage addAPhoneNumber() {
        assertCurrent();
        click(ADD);
        return new AddPhoneNumberPage(driver);
    }

    /** The registered numbers, as E.164. */
    public List<String> numbers() {
        assertCurrent();
        return driver.findElements(NUMBERS).stream().map(row -> row.getAttribute("data-phone")).toList();
    }
}
