package lab.eulogin.steps.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Manage my Security Keys and Trusted Platforms" in My Account: the keys registered, "Delete", and "Add". */
public final class SecurityKeysPage extends Page {
    private static final By KEYS = By.cssSelector("[data-key]");
    private static final By ADD = By.id("add-security-key");

    public SecurityKeysPage(WebDriver driver) {
        super(driver, "security-keys");
    }

    public void addOne() {
        assertCurrent();
        click(ADD);
    }

    /** The names of the keys listed, in page order. */
    public List<String> keyNames() {
        assertCurrent();
        return driver.findElements(KEYS).stream().map(e -> e.getDomAttribute("data-key")).toList();
    }

    /** "Delete" next to the key of this name. */
    public void delete(String name) {
        assertCurrent();
        click(By.cssSelector("[data-key='" + name + "'] button"));
    }

    /** "Your security key or trusted platform is registered and can be used for authenticating." */
    public boolean saysKeyAdded() {
        return says("key-added");
    }

    /** "... was deleted. It can no longer be used to sign in." */
    public boolean saysKeyDeleted() {
        return says("key-deleted");
    }
}
