package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An e-mailed link that cannot be used (expired, used, incomplete, unknown), with a way to ask for a new one. */
public final class LinkInvalidPage extends Page {
    private static final By REQUEST_NEW_LINK = By.id("request-new-link");

    public LinkInvalidPage(WebDriver driver) {
        super(driver, "link-invalid");
    }

    public boolean saysExpired() {
        assertCurrent();
        return shows("link-expired");
    }

    /** Where "request a new link" leads. */
    public String newLinkAddress() {
        assertCurrent();
        return driver.findElement(REQUEST_NEW_LINK).getDomProperty("href");
    }
}
