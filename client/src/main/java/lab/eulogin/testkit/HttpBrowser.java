package lab.eulogin.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen, for sign-in tests that need no JavaScript: keeps its own cookies,
 * follows redirects itself so a test can see every address it went through (the CAS ticket among
 * them), and posts a page's forms with the page's CSRF token. Knows EU Login's pages by their
 * {@code data-page}. Each one is a new browser: no cookie is shared with another. It can be told
 * not to follow redirects to some addresses ({@link #notFollowingRedirectsTo}), such as the
 * OpenID Connect callback of an application that is not running.
 *
 * <p>Each names itself to a lab's IdP, as the scenarios' browsers do, with a lab client id in the
 * cookie {@value IdpPaths#LAB_CLIENT_COOKIE} (sent to every address it opens; an IdP reads it in lab mode
 * only), so that a test can ask the lab what the IdP showed it, such as the code of a captcha
 * ({@link LabKit#captchaShownTo}).
 */
public final class HttpBrowser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE = Pattern.compile("data-page=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final int MAX_REDIRECTS = 20;

    private final String labClientId = "kit-" + UUID.randomUUID();
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final List<URI> visited = new ArrayList<>();
    // A set: the kit adds its OpenID Connect callback at each sign-in it does with this browser.
    private final Set<String> notFollowed = new LinkedHashSet<>();
    private URI redirectNotFollowed;
    private HttpResponse<String> last;

    /** Opens an address and follows its redirects. */
    public HttpBrowser open(String url) {
        visited.clear();
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** As {@link #open(String)}: e.g. an {@link OidcCallback#address()}, for the application to redeem its code. */
    public HttpBrowser open(URI address) {
        return open(address.toString());
    }

    /**
     * Submits the page's form that posts to {@code action} (a path of the same server, or a whole
     * address) as a browser would: its hidden fields (the CSRF token among them) and these fields,
     * which win over hidden ones of the same name; then follows the redirects.
     */
    public HttpBrowser submit(String action, Map<String, String> fields) {
        requirePage();
        Map<String, String> all = hiddenFields(action);
        all.putAll(fields);
        csrf().ifPresent(token -> all.putIfAbsent("csrf", token));
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        visited.clear();
        return follow(send(HttpRequest.newBuilder(last.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /**
     * From now on, a redirect to an address starting with this one is not followed: the browser
     * stays on the answer that redirected, and {@link #redirectNotFollowed()} has the address. For
     * an OpenID Connect redirect URI, whose code the test redeems itself.
     */
    public HttpBrowser notFollowingRedirectsTo(String addressPrefix) {
        notFollowed.add(Objects.requireNonNull(addressPrefix));
        return this;
    }

    /** The redirect the last navigation was given and did not follow ({@link #notFollowingRedirectsTo}), if any. */
    public Optional<URI> redirectNotFollowed() {
        return Optional.ofNullable(redirectNotFollowed);
    }

    /** Who this browser tells a lab's IdP it is, to look up what the IdP showed it (its lab client cookie). */
    public String labClientId() {
        return labClientId;
    }

    /** The {@code data-page} of the page shown (EU Login's and the emulators' pages carry one), or "(no data-page)". */
    public String page() {
        Matcher m = PAGE.matcher(body());
        return m.find() ? m.group(1) : "(no data-page)";
    }

    public int status() {
        requirePage();
        return last.statusCode();
    }

    public String body() {
        requirePage();
        return last.body();
    }

    /** The address of the page shown. */
    public URI address() {
        requirePage();
        return last.uri();
    }

    /** Every address of the last navigation, redirects included, the last one last. */
    public List<URI> went() {
        return List.copyOf(visited);
    }

    /** The picture of an {@code <img id=...>} given inline (as EU Login's QR codes are), e.g. {@code image("qr-challenge")}. */
    public byte[] image(String id) {
        Matcher img = Pattern.compile("id=\"" + Pattern.quote(id) + "\" src=\"data:image/[a-z]+;base64,([^\"]+)\"").matcher(body());
        if (!img.find()) {
            throw new AssertionError("No inline picture #" + id + " on the page '" + page() + "' at " + address());
        }
        return Base64.getDecoder().decode(img.group(1));
    }

    /** Whether a form of the page shown has a field of this name. */
    public boolean hasField(String name) {
        return body().contains("name=\"" + name + "\"");
    }

    /** Fails, naming the page shown and where it is, unless the page shown is this one. */
    public HttpBrowser assertPage(String expected) {
        if (!expected.equals(page())) {
            throw new AssertionError("Expected the page '" + expected + "' but the browser shows '" + page() + "' at "
                    + address() + " (status " + status() + ")");
        }
        return this;
    }

    /** The hidden inputs of the page's form that posts to this action, in order. */
    private Map<String, String> hiddenFields(String action) {
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher form = Pattern.compile("<form[^>]*action=\"" + Pattern.quote(action) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(last.body());
        if (form.find()) {
            Matcher input = HIDDEN.matcher(form.group(1));
            while (input.find()) {
                hidden.putIfAbsent(input.group(1), unescape(input.group(2)));
            }
        }
        return hidden;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private Optional<String> csrf() {
        Matcher m = CSRF.matcher(last.body());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private void requirePage() {
        if (last == null) {
            throw new IllegalStateException("The browser has not opened any page yet");
        }
    }

    private HttpBrowser follow(HttpResponse<String> response) {
        visited.add(response.uri());
        redirectNotFollowed = null;
        for (int hops = 0; isRedirect(response.statusCode()); hops++) {
            if (hops == MAX_REDIRECTS) {
                throw new AssertionError("More than " + MAX_REDIRECTS + " redirects: " + visited);
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (notFollowed.stream().anyMatch(next.toString()::startsWith)) {
                redirectNotFollowed = next;
                break;
            }
            response = send(HttpRequest.newBuilder(next).GET());
            visited.add(next);
        }
        return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        nameItselfTo(built.uri());
        try {
            last = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening " + built.uri(), e);
        }
    }

    /** The lab client cookie, for the host about to be asked, as a browser keeps a cookie it was given. */
    private void nameItselfTo(URI address) {
        HttpCookie cookie = new HttpCookie(IdpPaths.LAB_CLIENT_COOKIE, labClientId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(address, cookie);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
