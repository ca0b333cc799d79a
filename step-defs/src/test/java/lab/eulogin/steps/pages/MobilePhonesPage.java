package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Manage my mobile phone numbers" in My Account: the numbers, "Delete a mobile phone number" and "Add a mobile phone number". */
public final class MobilePhonesPage extends Page {
    public static final String PATH = "/cas/userdata/mobilePhones.cgi";
    private static final By NUMBERS = By.cssSelector("[data-phone] .item-name");
    private static final By ADD = By.id("add-mobile-phone");
    private static final By DELETE_ONE = By.id("delete-mobile-phone");

    public MobilePhonesPage(WebDriver driver) {
        super(driver, "mobile-phones");
    }

    /** Goes to the page; the IdP asks to sign in first when the browser is not signed in. */
    public void open(String idpUrl) {
        go(driver, idpUrl + PATH);
    }

    /** The numbers as the page shows them, e.g. "+32 470 12 34 56". */
    public List<String> numbers() {
        assertCurrent();
        return driver.findElements(NUMBERS).stream().map(WebElement::getText).map(String::strip).toList();
    }

    public void addANumber() {
        assertCurrent();
        click(ADD);
    }

    /** "Delete a mobile phone number": the page that asks which one. */
    public DeleteMobilePhonePage deleteANumber() {
        assertCurrent();
        click(DELETE_ONE);
        return new DeleteMobilePhonePage(driver);
    }
}
