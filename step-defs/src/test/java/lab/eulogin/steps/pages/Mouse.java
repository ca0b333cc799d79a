package lab.eulogin.steps.pages;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A left click as a person gives it: the element scrolled into view, then the mouse pressed and
 * released over its middle, as real input events. A click that submits a form or follows a link
 * returns once the next page has loaded, as WebDriver's own click does.
 *
 * <p>On a local Chromium the events go straight to the browser. ChromeDriver's click first runs
 * some ten checks in the page, a round trip each, which on this machine cost four times the click
 * itself. Where the middle of the element is covered by another, or it has no box on screen, the
 * click is left to WebDriver, whose error then says what is wrong. The page is clicked once it has
 * loaded (before its style sheets are in, the element may still move away from the point found); a
 * click the element did not receive is given again once the page has drawn, and after a few tries
 * left to WebDriver.
 */
public final class Mouse {
    /**
     * Scrolls the element into view and answers its middle point on screen, or null when something
     * else is on top of it there. Also notes whether the click makes the page leave: a form
     * submitted or a link followed (in this window, and not cancelled by the page).
     */
    private static final String MIDDLE_IN_VIEW = """
            if (!window.__labClick) {
                window.__labClick = {leaving: false, received: false, element: null};
                window.addEventListener('click', e => {
                    const aimed = window.__labClick.element;
                    window.__labClick.received = !!aimed && (e.target === aimed || aimed.contains(e.target));
                }, true);
                document.addEventListener('submit', e => {
                    if (!e.defaultPrevented) { window.__labClick.leaving = true; }
                });
                window.addEventListener('click', e => {
                    const link = e.target.closest && e.target.closest('a[href]');
                    const href = link ? link.getAttribute('href') : '';
                    if (link && !e.defaultPrevented && !link.target && !href.startsWith('#')
                            && !href.startsWith('javascript:')) {
                        window.__labClick.leaving = true;
                    }
                });
            }
            window.__labClick.leaving = false;
            window.__labClick.received = false;
            window.__labClick.element = element;
            element.scrollIntoView({block: 'center', inline: 'center'});
            const box = element.getClientRects()[0];
            if (!box || box.width === 0 || box.height === 0) {
                return null;
            }
            const x = box.left + box.width / 2, y = box.top + box.height / 2;
            const top = document.elementFromPoint(x, y);
            return top === element || element.contains(top) ? [x, y] : null;
            """;
    /**
     * Where the page is after the click: still there, leaving, or a new page loading or loaded; or
     * still there without the element having received the click.
     */
    private static final String AFTER_THE_CLICK = """
            return window.__labClick ? (window.__labClick.leaving ? 'leaving'
                    : window.__labClick.received ? 'stayed' : 'not received')
                : document.readyState === 'complete' ? 'arrived' : 'loading';
            """;
    /** How often a click the element did not receive is given before WebDriver's own click is tried. */
    private static final int TRIES = 5;

    private Mouse() {
    }

    public static void click(WebDriver driver, By target) {
        click(driver, script -> InPage.run(driver, target, script), () -> driver.findElement(target));
    }

    public static void click(WebDriver driver, WebElement element) {
        click(driver, script -> InPage.run(driver, element, script), () -> element);
    }

    private static void click(WebDriver driver, Function<String, Object> onTheElement, Supplier<WebElement> element) {
        if (!(driver instanceof ChromeDriver chrome)) {
            element.get().click();
            return;
        }
        for (int tries = 0; tries < TRIES; tries++) {
            // Until its style sheets are in, a page may still move: the middle found could be empty by the click.
            Page.awaitLoaded(chrome);
            List<?> middle = (List<?>) onTheElement.apply(MIDDLE_IN_VIEW);
            if (middle == null) {
                break;
            }
            press(chrome, "mousePressed", middle, 1);
            press(chrome, "mouseReleased", middle, 0);
            if (awaitWhatTheClickDid(chrome)) {
                return;
            }
        }
        element.get().click();
    }

    private static void press(ChromeDriver chrome, String event, List<?> at, int buttonsDown) {
        chrome.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", event, "x", at.get(0), "y", at.get(1),
                "button", "left", "buttons", buttonsDown, "clickCount", 1));
    }

    /**
     * Returns at once when the page stayed; otherwise once the next page has loaded. False when the
     * page did not receive the click, once it has drawn two more frames.
     */
    private static boolean awaitWhatTheClickDid(ChromeDriver chrome) {
        try {
            Object after = new WebDriverWait(chrome, Page.PATIENCE, Page.POLL)
                    .ignoring(WebDriverException.class)
                    .until(d -> {
                        Object now = ((JavascriptExecutor) d).executeScript(AFTER_THE_CLICK);
                        return List.of("stayed", "arrived", "not received").contains(now) ? now : null;
                    });
            if ("not received".equals(after)) {
                // The page draws its next frames before the click is given again.
                chrome.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]));");
                return false;
            }
            return true;
        } catch (TimeoutException e) {
            throw new AssertionError("The click led nowhere: no new page within " + Page.PATIENCE
                    + " at " + chrome.getCurrentUrl(), e);
        }
    }
}
