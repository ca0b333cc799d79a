package lab.eulogin.steps.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.openqa.selenium.WebDriver;

/**
 * The source of every page a page object looked at in a browser, each page once, as the browser
 * had it when first seen: not only the page each step ended on, but every one a step passed
 * through (FAQ PWD-03 searches them all for the password). Kept per browser, since page objects
 * know only their driver; the scenario's browser forgets them when it is emptied for the next one.
 */
public final class PageSources {
    private static final Map<WebDriver, List<String>> SEEN = Collections.synchronizedMap(new WeakHashMap<>());

    private PageSources() {
    }

    static void add(WebDriver driver, String source) {
        SEEN.computeIfAbsent(driver, d -> Collections.synchronizedList(new ArrayList<>())).add(source);
    }

    /** The sources seen in this browser, in order. */
    public static List<String> of(WebDriver driver) {
        List<String> seen = SEEN.get(driver);
        if (seen == null) {
            return List.of();
        }
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public static void forget(WebDriver driver) {
        SEEN.remove(driver);
    }
}
