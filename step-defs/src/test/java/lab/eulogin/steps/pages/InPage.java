package lab.eulogin.steps.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Runs a script on one element of the page. An element named by its id or a CSS selector is found
 * by the script itself, in the same round trip: finding it first would be a WebDriver command
 * through ChromeDriver, which costs several times the script sent straight to a local Chromium.
 */
final class InPage {
    /** Around the body: finds the element, then runs the body with {@code element} set and the other arguments from 1 on. */
    private static final String BEFORE_BODY = """
            const args = Array.from(arguments);
            const how = args.shift(), what = args.shift();
            const element = how === 'element' ? what
                : how === 'id' ? document.getElementById(what) : document.querySelector(what);
            if (!element) {
                return {labMissing: true};
            }
            return (function (element) {
            """;
    private static final String AFTER_BODY = """
            }).apply(null, [element].concat(args));
            """;

    private InPage() {
    }

    static Object run(WebDriver driver, By target, String body, Object... args) {
        By.Remotable.Parameters named = target instanceof By.Remotable remotable ? remotable.getRemoteParameters() : null;
        if (named == null || !(named.using().equals("id") || named.using().equals("css selector"))) {
            return run(driver, driver.findElement(target), body, args);
        }
        Object result = execute(driver, body, named.using(), named.value(), args);
        if (result instanceof Map<?, ?> answer && answer.containsKey("labMissing")) {
            // Not there (yet): WebDriver looks for it again and, if it is still missing, says so in its own words.
            return run(driver, driver.findElement(target), body, args);
        }
        return result;
    }

    static Object run(WebDriver driver, WebElement element, String body, Object... args) {
        return execute(driver, body, "element", element, args);
    }

    private static Object execute(WebDriver driver, String body, String how, Object what, Object... args) {
        List<Object> all = new ArrayList<>(List.of(how, what));
        all.addAll(Arrays.asList(args));
        return ((JavascriptExecutor) driver).executeScript(BEFORE_BODY + body + AFTER_BODY, all.toArray());
    }
}
