package lab.eulogin.steps;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CapabilityType;
import org.openqa.selenium.support.ui.WebDriverWait;

import lab.eulogin.idp.web.Web;
import lab.eulogin.steps.pages.PageSources;
import lab.eulogin.steps.report.Screenshots;

/**
 * The scenario's own headless Chromium, as new: its worker thread's Chromium, emptied after each
 * scenario (no cookies or other tabs; see LocalChromium). Debian's browser and driver are used as they are; the driver is named
 * explicitly so Selenium never looks for one on the network. With {@code -Dlab.grid=URL} the
 * browser is a session of that Selenium Grid instead. All browsers come from one address,
 * so each tells the IdP (in lab mode) who it is: rate limits such as the registration captcha
 * then count per scenario, as they would per person.
 */
public class Browser {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * Chromium's headless build, without the parts of a desktop browser that a headless one never
     * shows: the scenarios take a quarter less time in it. Used when installed, else Chromium.
     */
    private static final Path HEADLESS_SHELL = Path.of("/usr/bin/chromium-headless-shell");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");
    private static final String GRID = System.getProperty("lab.grid", "").strip();
    /** With {@code -Dlab.chromedriver.log=DIR}, each ChromeDriver writes every command it runs, timed, there. */
    private static final String DRIVER_LOG = System.getProperty("lab.chromedriver.log", "").strip();

    /** The page id and address, to caption a screenshot. */
    private static final String CAPTION = "((document.body && document.body.dataset.page) || 'page') + ' ' + location.href";

    /**
     * In one round trip: whether the page has loaded, a hash of what a person would notice
     * changing (the address, the text and what is typed in the fields), the caption, and the
     * page's source only when the hash differs from the one given (an unchanged page sends none).
     */
    private static final String LOOK = """
            const body = document.body;
            const look = location.href + '\\n' + (body ? body.innerText : '') + '\\n'
                + Array.from(document.querySelectorAll('input, select, textarea'))
                       .map(e => e.type === 'checkbox' ? e.checked : e.value).join('\\u0001');
            let hash = 0x811c9dc5;
            for (let i = 0; i < look.length; i++) {
                hash = Math.imul(hash ^ look.charCodeAt(i), 16777619);
            }
            hash = hash >>> 0;
            return [document.readyState, hash, %s, hash === arguments[0] ? null : document.documentElement.outerHTML];
            """.formatted(CAPTION);

    private final RunningLab lab;
    private WebDriver driver;
    /** The hash of the last look; none yet (the page hash is never negative). */
    private long lastLook = -1;
    private String labClientId;
    private final List<String> pagesSeen = new ArrayList<>();

    public Browser(RunningLab lab) {
        this.lab = lab;
    }

    public WebDriver driver() {
        if (driver == null) {
            driver = GRID.isEmpty() ? LocalChromium.forThisThread() : Grid.session(GRID, options(false));
            introduceToTheIdp();
        }
        return driver;
    }

    private void introduceToTheIdp() {
        labClientId = "scenario-" + UUID.randomUUID();
        giveTheLabClientId();
    }

    /** The cookie that names this browser to the IdP, kept a year; a local Chromium takes it without loading a page. */
    private void giveTheLabClientId() {
        Instant nextYear = Instant.now().plus(Duration.ofDays(365));
        if (driver instanceof ChromeDriver chrome) {
            chrome.executeCdpCommand("Network.setCookie", Map.of("name", Web.LAB_CLIENT_COOKIE, "value", labClientId,
                    "url", lab.idpUrl() + "/", "expires", nextYear.getEpochSecond()));
            return;
        }
        onTheIdp();
        driver.manage().addCookie(new Cookie.Builder(Web.LAB_CLIENT_COOKIE, labClientId)
                .path("/").expiresOn(Date.from(nextYear)).build());
    }

    /** Who this browser told the IdP it is (lab mode), to look up what the IdP showed it, such as a captcha. */
    public String labClientId() {
        driver();
        return labClientId;
    }

    public boolean isOpen() {
        return driver != null;
    }

    /** The page as a PNG picture, as a person's own screenshot would be. */
    public byte[] screenshot() {
        return ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
    }

    /**
     * A screenshot of the page saved beside the report; returns its address there. A local
     * Chromium compresses it itself (through DevTools), which costs far less than re-encoding.
     */
    public String screenshotFile() {
        if (driver instanceof ChromeDriver chrome) {
            Object data = chrome.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "jpeg", "quality", Screenshots.QUALITY_PERCENT, "optimizeForSpeed", true)).get("data");
            return Screenshots.saveJpeg(Base64.getDecoder().decode(String.valueOf(data)));
        }
        return Screenshots.savePng(screenshot());
    }

    /**
     * A screenshot file of the page if it looks different from the last time this was asked (or
     * is the first look); a page that did is kept among the pages seen. Nothing is recorded when
     * the browser was navigating away meanwhile (Chromium then refuses the picture), so the
     * caller can simply ask again.
     */
    public Optional<Picture> pictureIfChanged() {
        List<?> look = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20))
                .ignoring(WebDriverException.class)
                .until(page -> {
                    List<?> seen = (List<?>) ((JavascriptExecutor) page).executeScript(LOOK, lastLook);
                    return "complete".equals(seen.get(0)) ? seen : null;
                });
        long lookHash = ((Number) look.get(1)).longValue();
        if (lookHash == lastLook) {
            return Optional.empty();
        }
        Picture picture = new Picture(screenshotFile(), String.valueOf(look.get(2)));
        lastLook = lookHash;
        pagesSeen.add(String.valueOf(look.get(3)));
        return Optional.of(picture);
    }

    /** A screenshot file beside the report, with the page id and address as its caption. */
    public record Picture(String file, String caption) {
    }

    /**
     * The source of each page this browser showed after a step, then of each page a page object
     * looked at on the way (FAQ PWD-03 looks through them all).
     */
    public List<String> pagesSeen() {
        List<String> all = new ArrayList<>(pagesSeen);
        if (driver != null) {
            all.addAll(PageSources.of(driver));
        }
        return all;
    }

    /** The words the page shows, as a person reads them. */
    public String visibleText() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /** The page id and address, to caption a screenshot. */
    public String describe() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return " + CAPTION));
    }

    /** Forgets the current site's session cookies, as closing and reopening the browser would. */
    public void forgetSession() {
        onTheIdp();
        driver.manage().getCookies().stream()
                .filter(cookie -> cookie.getExpiry() == null)
                .forEach(cookie -> driver.manage().deleteCookie(cookie));
    }

    /**
     * Clears what the browser stored for the IdP (its cookies), as "clear browsing data" does; the
     * lab's client id is given again, as a browser keeps its address.
     */
    public void clearStoredData() {
        onTheIdp();
        driver.manage().deleteAllCookies();
        giveTheLabClientId();
    }

    /** Cookies are handled for the site the browser is on: the mailbox is on another host name. */
    private void onTheIdp() {
        if (!driver().getCurrentUrl().startsWith(lab.idpUrl())) {
            driver.get(lab.idpUrl() + "/cas/help.html");
        }
    }

    /** Ends the scenario's browser: a Grid session is closed; the local Chromium is emptied for the next scenario. */
    public void quit() {
        if (driver != null) {
            // Kept for the rest of the scenario: a browser closed midway still showed them.
            pagesSeen.addAll(PageSources.of(driver));
            PageSources.forget(driver);
        }
        try {
            if (driver != null && GRID.isEmpty()) {
                LocalChromium.empty();
            } else if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
        }
    }

    /**
     * One local Chromium per worker thread, kept from scenario to scenario and emptied after each:
     * one blank tab and no cookies, as a freshly started browser (starting one costs about two
     * seconds a scenario). Its cache of the lab's style sheets is kept: it changes nothing a
     * scenario shows. One that cannot be emptied is quit, and the next scenario starts a
     * new one. All are quit, and their profiles deleted, when the JVM exits.
     */
    private static final class LocalChromium {
        private static final ThreadLocal<LocalChromium> KEPT = new ThreadLocal<>();

        private final ChromeDriver driver;
        private final Path profile;

        private LocalChromium(ChromeDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
            Runtime.getRuntime().addShutdownHook(new Thread(this::quit, "chromium-quit"));
        }

        static WebDriver forThisThread() {
            if (KEPT.get() == null) {
                Path profile = TARGET.resolve("chromium").resolve("profile-" + UUID.randomUUID());
                KEPT.set(new LocalChromium(launchHere(profile), profile));
            }
            return KEPT.get().driver;
        }

        static void empty() {
            LocalChromium kept = KEPT.get();
            if (kept == null) {
                return;
            }
            try {
                String first = kept.driver.getWindowHandles().iterator().next();
                for (String window : kept.driver.getWindowHandles()) {
                    if (!window.equals(first)) {
                        kept.driver.switchTo().window(window).close();
                    }
                }
                kept.driver.switchTo().window(first).get("about:blank");
                kept.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            } catch (WebDriverException e) {
                KEPT.remove();
                kept.quit();
            }
        }

        private synchronized void quit() {
            try {
                driver.quit();
            } catch (WebDriverException alreadyGone) {
                // nothing left to quit
            } finally {
                deleteProfile(profile);
            }
        }
    }

    private static ChromeDriver launchHere(Path profile) {
        if (!(Files.isExecutable(CHROMIUM) || Files.isExecutable(HEADLESS_SHELL)) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The scenarios need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "); ./lab test installs them when run as root.");
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "XDG_CONFIG_HOME", TARGET.resolve("chromium/xdg-config").toString(),
                        "XDG_CACHE_HOME", TARGET.resolve("chromium/xdg-cache").toString()))
                .withLogOutput(OutputStream.nullOutputStream())
                .withVerbose(!DRIVER_LOG.isEmpty())
                .withSilent(DRIVER_LOG.isEmpty())
                .withLogFile(DRIVER_LOG.isEmpty() ? null : Path.of(DRIVER_LOG, "chromedriver-" + UUID.randomUUID() + ".log").toFile())
                .build();
        try {
            return new ChromeDriver(service, options(true).addArguments("--user-data-dir=" + profile));
        } catch (WebDriverException e) {
            deleteProfile(profile);
            throw e;
        }
    }

    /**
     * Headless, quiet, one window size for comparable screenshots. On a Grid the node picks its
     * own browser binary, unless it is this machine's (a Grid on loopback).
     */
    private static ChromeOptions options(boolean here) {
        ChromeOptions options = new ChromeOptions()
                .addArguments("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900",
                        // One renderer process for the lab's pages, instead of one per site and per
                        // navigation: a quarter less CPU a page. Isolating sites from each other
                        // protects nothing here, where every page is the lab's own.
                        "--disable-site-isolation-trials", "--renderer-process-limit=1",
                        "--disable-features=IsolateOrigins,site-per-process,BackForwardCache",
                        // Pages laid out for a 1280 x 900 window, drawn as a browser zoomed to 75 %
                        // would: the text stays sharp in the screenshots (960 x 675), and drawing
                        // and taking them costs the cores about half as many pixels.
                        "--force-device-scale-factor=0.75");
        if (!(here && roomyDevShm())) {
            options.addArguments("--disable-dev-shm-usage");
        }
        if (here && Files.isExecutable(HEADLESS_SHELL)) {
            // ChromeDriver opens the shell's first tab itself only when it knows the browser by this name.
            options.setBinary(HEADLESS_SHELL.toFile());
            options.setCapability(CapabilityType.BROWSER_NAME, "chrome-headless-shell");
        } else if ((here || Grid.onThisMachine(GRID)) && Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        return options;
    }

    /**
     * Whether this machine's /dev/shm can hold Chromium's shared memory (a container's 64 MB cannot).
     * Where it can, that is faster than Chromium's fallback, files in /tmp that the disk writes back.
     */
    private static boolean roomyDevShm() {
        try {
            return Files.getFileStore(Path.of("/dev/shm")).getUsableSpace() >= 1L << 30;
        } catch (IOException none) {
            return false;
        }
    }

    private static void deleteProfile(Path profile) {
        if (!Files.exists(profile)) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
