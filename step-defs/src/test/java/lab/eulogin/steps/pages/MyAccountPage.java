package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "My Account" and its menu; opening it asks to sign in first when needed. */
public final class MyAccountPage extends Page {
    public static final String PATH = "/cas/userdata/myAccount.cgi";

    public MyAccountPage(WebDriver driver) {
        super(driver, "my-account");
    }

    public void open(String idpUrl) {
        go(driver, idpUrl + PATH);
    }

    /** Follows the menu entry with this label, e.g. "Manage my mobile phone numbers". */
    public void choose(String menuEntry) {
        assertCurrent();
        click(By.linkText(menuEntry));
    }
}
