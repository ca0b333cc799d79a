package lab.eulogin.steps;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.pages.PageStructure;
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

    /**
     * Once the browser is closed (after hooks run from the highest order down), every page the
     * scenario went through is checked for what a screen reader and the keyboard alone need.
     */
    @After(order = 9_000)
    public void everyPageSeenWorksWithoutMouseOrEyes() {
        Map<String, Set<String>> problems = new TreeMap<>();
        for (String source : browser.pagesSeen()) {
            List<String> found = PageStructure.problems(source);
            if (!found.isEmpty()) {
                problems.computeIfAbsent(PageStructure.pageId(source), page -> new LinkedHashSet<>()).addAll(found);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Pages a screen reader or the keyboard alone cannot use:\n" + problems.entrySet().stream()
                    .map(page -> "  " + page.getKey() + ":\n    " + String.join("\n    ", page.getValue()))
                    .collect(Collectors.joining("\n")));
        }
    }
}
