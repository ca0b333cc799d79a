package lab.eulogin.steps.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The demo services page: the applications that sign in through the lab's EU Login. */
public final class DemoServicesPage extends Page {

    public DemoServicesPage(WebDriver driver) {
        super(driver, "demo-services");
    }

    public DemoServicesPage open(String demoUrl) {
        go(driver, demoUrl + "/");
        assertCurrent();
        return this;
    }

    /** Follows the link of the application with this name, e.g. "My IntraComm". */
    public void openApplication(String name) {
        assertCurrent();
        click(application(name));
    }

    private static By application(String name) {
        return By.cssSelector("a[data-app='" + name + "']");
    }
}
