package lab.eulogin.steps.pages;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page the browser can be on, known by the {@code data-page} its server writes on {@code <body>}.
 * Subclasses keep their locators private and offer what a person does there; each of those
 * intentions first waits for its page, so a step is one call and a wrong page fails clearly.
 */
public abstract class Page {
    /** Long enough for a slow CI machine, short enough that a wrong page fails the scenario soon. */
    protected static final Duration PATIENCE = Duration.ofSeconds(10);
    /**
     * How often a wait looks again: pages here answer in milliseconds, so waits should notice soon,
     * and a look at a local Chromium (a script sent straight to it) costs it about a millisecond.
     * Looking every 10 ms instead of 50 took the executable FAQ from about 104 to 96 s (medians of four runs).
     */
    public static final Duration POLL = Duration.ofMillis(10);
    /**
     * The page's id; the first time a page is looked at once parsed, its source too, kept in
     * {@link PageSources}, in the same round trip (a mark on the page's window says it was kept).
     */
    private static final String PAGE_ID = """
            const body = document.body;
            if (!body || document.readyState === 'loading') {
                return ['(no page yet)', null];
            }
            let source = null;
            if (!window.__labSourceKept) {
                window.__labSourceKept = true;
                source = document.documentElement.outerHTML;
            }
            return [body.dataset.page || '(a page without data-page)', source];
            """;

    protected final WebDriver driver;
    private final String pageId;

    protected Page(WebDriver driver, String pageId) {
        this.driver = driver;
        this.pageId = pageId;
    }

    /**
     * Goes to an address and returns once the page there is parsed: the browser is asked to load
     * pages without ChromeDriver tracking them, so a page object never looks at a page half there.
     */
    public static void go(WebDriver driver, String address) {
        driver.get(address);
        awaitTrue(driver, "return document.readyState !== 'loading';");
    }

    /**
     * Loads the page again, as a person's reload does, and returns once the new copy is parsed.
     * The browser answers a reload before the new copy replaces the old one, so the old copy is
     * marked first: a click on it could otherwise be lost when the new copy arrives.
     */
    public static void reload(WebDriver driver) {
        markThisCopy(driver);
        driver.navigate().refresh();
        awaitTheNextCopy(driver);
    }

    /** Marks the page the browser shows now, for {@link #awaitTheNextCopy} to tell when another has replaced it. */
    protected static void markThisCopy(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.__labOldCopy = true;");
    }

    /** Returns once a page other than the one marked (the same address loaded again, say) is parsed. */
    protected static void awaitTheNextCopy(WebDriver driver) {
        awaitTrue(driver, "return !window.__labOldCopy && document.readyState !== 'loading';");
    }

    /** Returns once the page has loaded, its style sheets in: what it shows no longer moves. */
    static void awaitLoaded(WebDriver driver) {
        awaitTrue(driver, "return document.readyState === 'complete';");
    }

    /** Looks at the page until the script answers true; a page being replaced meanwhile is looked at again. */
    private static void awaitTrue(WebDriver driver, String script) {
        new WebDriverWait(driver, PATIENCE, POLL)
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    /** Waits for this page; a timeout says which page the browser shows instead, and its messages. */
    public void assertCurrent() {
        try {
            new WebDriverWait(driver, PATIENCE, POLL).until(d -> pageId.equals(pageIdOf(d)));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected the page '" + pageId + "' but the browser shows '" + pageIdOf(driver)
                    + "' at " + driver.getCurrentUrl() + messagesNote(), e);
        }
    }

    /** Whether the browser shows this page now, without waiting for it. */
    public boolean isCurrent() {
        return pageId.equals(pageIdOf(driver));
    }

    /** The {@code data-msg} keys on the page, in page order. */
    public List<String> messages() {
        return driver.findElements(By.cssSelector("[data-msg]")).stream()
                .map(e -> e.getDomAttribute("data-msg"))
                .toList();
    }

    /** Each field in error with the key of the message next to it, in page order. */
    public Map<String, String> fieldErrors() {
        assertCurrent();
        Map<String, String> errors = new LinkedHashMap<>();
        for (WebElement error : driver.findElements(By.cssSelector("[data-msg][data-field]"))) {
            errors.put(error.getDomAttribute("data-field"), error.getDomAttribute("data-msg"));
        }
        return errors;
    }

    /** Whether this page shows the message with this key, once the browser is on it. */
    public boolean says(String messageKey) {
        assertCurrent();
        return shows(messageKey);
    }

    /** Whether the message with this key is on the page. */
    public boolean shows(String messageKey) {
        return !driver.findElements(message(messageKey)).isEmpty();
    }

    /** The words of the message with this key, as the person reads them. */
    public String messageText(String messageKey) {
        List<WebElement> found = driver.findElements(message(messageKey));
        if (found.isEmpty()) {
            throw new AssertionError("No message '" + messageKey + "' on the page '" + pageId + "'" + messagesNote());
        }
        return found.get(0).getText();
    }

    /**
     * A picture of an element as the screen shows it. Taken again when the page was still settling
     * (the element replaced while the picture was taken), as a camera would simply look again.
     */
    protected byte[] pictureOf(By element) {
        return new WebDriverWait(driver, PATIENCE, POLL)
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(element).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Types into a field as a person would, replacing what it held. A local Chromium is given the
     * text as one input event (as a paste or an input method gives it); a key event per character
     * costs two browser round trips each, a noticeable part of the whole run.
     */
    protected void type(By field, String text) {
        if (driver instanceof ChromeDriver chrome && !text.isEmpty()) {
            InPage.run(driver, field, "element.focus(); element.select();");
            chrome.executeCdpCommand("Input.insertText", Map.of("text", text));
        } else {
            WebElement input = driver.findElement(field);
            input.clear();
            input.sendKeys(text);
        }
    }

    protected void click(By target) {
        Mouse.click(driver, target);
    }

    /** Ticks or unticks a check box, with a click where it is not as wanted. */
    protected void tick(By box, boolean ticked) {
        if (!Boolean.valueOf(ticked).equals(InPage.run(driver, box, "return element.checked;"))) {
            click(box);
        }
    }

    /** Chooses the option with this value in a drop-down list. */
    protected void choose(By list, String value) {
        chooseWhere(list, "value", value);
    }

    /** Chooses the option a person reads as this label in a drop-down list. */
    protected void chooseLabelled(By list, String label) {
        chooseWhere(list, "label", label);
    }

    /**
     * As WebDriver chooses an option (in the page, since a headless browser draws no open list),
     * with the events a person's choice raises; in one round trip instead of WebDriver's eight.
     */
    private void chooseWhere(By list, String by, String wanted) {
        Object missing = InPage.run(driver, list, """
                const options = Array.from(element.options);
                const option = options.find(o => arguments[1] === 'value' ? o.value === arguments[2]
                    : o.text.replace(/\\s+/g, ' ').trim() === arguments[2]);
                if (!option) {
                    return options.map(o => o.text.trim());
                }
                element.focus();
                if (!option.selected) {
                    option.selected = true;
                    element.dispatchEvent(new Event('input', {bubbles: true}));
                    element.dispatchEvent(new Event('change', {bubbles: true}));
                }
                return null;
                """, by, wanted);
        if (missing != null) {
            throw new AssertionError("No option with the " + by + " '" + wanted + "' in " + list + "; its options: " + missing);
        }
    }

    /**
     * Switches the pages' language with the list at the top of the page ("EN", "FR", "DE"), by its
     * code, and waits for this page to be shown again in it.
     */
    public void chooseLanguage(String code) {
        assertCurrent();
        click(By.cssSelector("nav.lang a[hreflang='" + code + "']"));
        assertCurrent();
    }

    /** The language the page is written in, as it declares it ({@code <html lang>}). */
    public String language() {
        assertCurrent();
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    protected static By message(String key) {
        return By.cssSelector("[data-msg='" + key + "']");
    }

    private String messagesNote() {
        try {
            List<String> keys = messages();
            return keys.isEmpty() ? "" : ", with the messages " + keys;
        } catch (RuntimeException pageGone) {
            return "";
        }
    }

    static String pageIdOf(WebDriver driver) {
        try {
            List<?> look = (List<?>) ((JavascriptExecutor) driver).executeScript(PAGE_ID);
            if (look.get(1) != null) {
                PageSources.add(driver, String.valueOf(look.get(1)));
            }
            return String.valueOf(look.get(0));
        } catch (JavascriptException loading) {
            return "(no page yet)";
        }
    }
}
