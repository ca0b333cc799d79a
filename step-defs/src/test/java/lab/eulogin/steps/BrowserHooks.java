package lab.eulogin.steps;

import lab.eulogin.steps.fixtures.Browser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.openqa.selenium.WebDriverException;

import io.cucumber.java.After;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Scenario;

/** Illustrates the report with the pages a scenario went through, and closes the browser after it. */
public class BrowserHooks {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserHooks.class);
    /** The screenshot's file beside the report, as a link: Cucumber's JSON and HTML show it without carrying it. */
    private static final String LINK = "text/uri-list";

    private final Browser browser;

    public BrowserHooks(Browser browser) {
        this.browser = browser;
    }

    @AfterStep
    public void showThePageWhenItChanged(Scenario scenario) {
        if (!browser.isOpen()) {
            return;
        }
        try {
            showIfChanged(scenario);
        } catch (WebDriverException navigatedMeanwhile) {
            try {
                showIfChanged(scenario);
            } catch (WebDriverException again) {
                LOG.warn("No screenshot after this step: {}", again.getMessage());
            }
        }
    }

    private void showIfChanged(Scenario scenario) {
        browser.pictureIfChanged().ifPresent(picture -> scenario.attach(picture.file(), LINK, picture.caption()));
    }

    @After
    public void closeTheBrowser(Scenario scenario) {
        if (!browser.isOpen()) {
            return;
        }
        try {
            if (scenario.isFailed()) {
                scenario.attach(browser.screenshotFile(), LINK, "When the scenario failed: " + browser.describe());
            }
        } catch (WebDriverException browserGone) {
            LOG.warn("No screenshot of the failure: {}", browserGone.getMessage());
        } finally {
            browser.quit();
        }
    }
}
