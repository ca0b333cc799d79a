package lab.eulogin.steps.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An application behind EU Login as the browser meets it: its "Login" sends the browser to the
 * sign-in box with the application's address ({@code /cas/login?service=...}); once signed in,
 * the browser comes back to that address with a service ticket.
 */
public final class ServiceLogin {
    private final WebDriver driver;
    private final String serviceUrl;

    /** @param serviceUrl the address the application gives EU Login, e.g. the EURES portal's home page */
    public ServiceLogin(WebDriver driver, String serviceUrl) {
        this.driver = driver;
        this.serviceUrl = serviceUrl;
    }

    /**
     * What the application's "Login" does: the sign-in box, for this application.
     *
     * @param parameters more of EU Login's login parameters, e.g. {@code authenticationLevel=MEDIUM}
     */
    public void login(String idpUrl, String... parameters) {
        StringBuilder address = new StringBuilder(idpUrl).append("/cas/login?service=")
                .append(URLEncoder.encode(serviceUrl, StandardCharsets.UTF_8));
        for (String parameter : parameters) {
            address.append('&').append(parameter);
        }
        Page.go(driver, address.toString());
    }

    /** Waits until the browser is back at the application with a service ticket. */
    public void assertSignedIn() {
        try {
            new WebDriverWait(driver, Page.PATIENCE, Page.POLL).until(d -> {
                String url = d.getCurrentUrl();
                return url.startsWith(serviceUrl) && url.contains("ticket=ST-");
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Expected to be back at " + serviceUrl + " with a ticket, but the browser shows '"
                    + Page.pageIdOf(driver) + "' at " + driver.getCurrentUrl(), e);
        }
    }
}
