package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Delete a mobile phone number": the on-screen instructions, the numbers to choose from, "Delete" (FAQ SMS-05). */
public final class DeleteMobilePhonePage extends Page {
    private static final By DELETE = By.id("delete");

    public DeleteMobilePhonePage(WebDriver driver) {
        super(driver, "delete-mobile-phone");
    }

    /** What the page says to do. */
    public String instructions() {
        assertCurrent();
        return messageText("delete-how");
    }

    /** Chooses the number, given in E.164 form, and clicks "Delete". */
    public void delete(String e164) {
        assertCurrent();
        click(By.cssSelector("[data-phone='" + e164 + "'] input"));
        Submit.clickAndWaitForTheAnswer(driver, DELETE);
    }
}
