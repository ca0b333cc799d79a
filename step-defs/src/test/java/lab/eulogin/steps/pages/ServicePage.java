package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A demo application's page once signed in (My Remote, My IntraComm, JSIS Online, the EURES
 * portal...): its own links, and what it received from EU Login.
 */
public class ServicePage extends Page {
    private static final By BODY = By.tagName("body");
    private static final By MENU = By.cssSelector("ul a[data-app]");
    private static final By BACK_TO_MY_REMOTE = By.id("back-to-my-remote");
    private static final By LOGOUT = By.id("logout");

    private final String name;

    public ServicePage(WebDriver driver, String name) {
        super(driver, "service");
        this.name = name;
    }

    /** Waits for this application's page, not only any application's. */
    @Override
    public void assertCurrent() {
        super.assertCurrent();
        try {
            new WebDriverWait(driver, PATIENCE, POLL).until(d -> name.equals(d.findElement(BODY).getDomAttribute("data-service")));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected the page of " + name + " but the browser shows the page of "
                    + driver.findElement(BODY).getDomAttribute("data-service") + " at " + driver.getCurrentUrl(), e);
        }
    }

    /** An attribute the application received from EU Login, as sent (e.g. "email", "sso"). */
    public String received(String attribute) {
        assertCurrent();
        return driver.findElement(attributeRow(attribute)).getDomAttribute("data-value");
    }

    /** The same attribute in the words the page uses for it. */
    public String receivedInWords(String attribute) {
        assertCurrent();
        return driver.findElement(attributeRow(attribute)).getText();
    }

    /** My Remote's menu: the names of its applications, in order. */
    public List<String> menu() {
        assertCurrent();
        return driver.findElements(MENU).stream().map(link -> link.getText().strip()).toList();
    }

    /** Follows the page's link to another application, in its menu or beside it (EUShare and My Remote link to each other). */
    public void openLinkTo(String application) {
        assertCurrent();
        click(By.cssSelector("a[data-app='" + application + "']"));
    }

    /** The application's "Logout". */
    public void logOut() {
        assertCurrent();
        click(LOGOUT);
    }

    public void backToMyRemote() {
        assertCurrent();
        click(BACK_TO_MY_REMOTE);
    }

    /** Follows one of the application's own links, by its words. */
    public void follow(String link) {
        assertCurrent();
        click(By.linkText(link));
    }

    private static By attributeRow(String attribute) {
        return By.cssSelector("[data-attribute='" + attribute + "']");
    }
}
