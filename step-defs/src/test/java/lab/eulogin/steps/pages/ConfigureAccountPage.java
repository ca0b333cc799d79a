package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Configure my account" in My Account: EU Login's four options, each a check box with its label. */
public final class ConfigureAccountPage extends Page {
    private static final By SUBMIT = By.id("submit");

    public ConfigureAccountPage(WebDriver driver) {
        super(driver, "configure-account");
    }

    /** Ticks the option a person reads as this label, then "Submit". */
    public void tickAndSubmit(String option) {
        assertCurrent();
        String box = driver.findElement(By.xpath("//label[normalize-space()='" + option + "']")).getDomAttribute("for");
        tick(By.id(box), true);
        click(SUBMIT);
    }
}
