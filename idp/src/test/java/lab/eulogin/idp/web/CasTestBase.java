package lab.eulogin.idp.web;

import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The IdP with relying parties in front of it: demo service addresses served by a stub, and a validating back end. */
abstract class CasTestBase extends IdpTestBase {
    final HttpClient backEnd = HttpClient.newHttpClient();
    ServiceStub services;
    String myRemote;
    String myIntraComm;
    String jsis;
    String eures;

    /**
     * Services that take the password alone unless a test asks for more (protocol-services.yaml):
     * the protocol is tested here; the lab's own services.yaml, where the Commission's applications
     * need a second factor (FAQ SIGN-14), is checked by ServiceRegistryTest and the stack's tests.
     */
    @Override
    Path serviceRegistry() {
        try {
            return Path.of(CasTestBase.class.getResource("protocol-services.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void startServices() {
        services = new ServiceStub();
        myRemote = services.url("/myremote/home");
        myIntraComm = services.url("/myintracomm/");
        jsis = services.url("/jsis/claims");
        eures = services.url("/eures/portal");
    }

    @AfterEach
    void stopServices() {
        services.close();
    }

    void account(String email, AccountKind kind) {
        idp.accountAdmin().createActive(new NewAccount(email, "Ana", "Pérez", Locale.FRENCH, kind),
                GOOD_PASSWORD, clock.instant());
    }

    static String loginUrl(String service, String... more) {
        StringBuilder url = new StringBuilder("/cas/login?service=").append(enc(service));
        for (String parameter : more) {
            url.append('&').append(parameter);
        }
        return url.toString();
    }

    /** A browser arriving from a service and typing whatever the sign-in box asks; the ticket it brings back. */
    String signInAt(TestBrowser browser, String service, String email, String... more) {
        browser.get(loginUrl(service, more));
        if (browser.page().equals("login-identifier")) {
            browser.post("/cas/login", Map.of("step", "identifier", "username", email));
        }
        assertThat(browser.page()).as("the password step").isEqualTo("login-password");
        browser.post("/cas/login", Map.of("step", "password", "password", GOOD_PASSWORD));
        return landedTicket(browser, service);
    }

    /** The ticket of the address the browser landed on, which must be the service's. */
    static String landedTicket(TestBrowser browser, String service) {
        URI landed = browser.last().uri();
        assertThat(landed.toString()).as("where the browser landed").startsWith(service);
        assertThat(browser.page()).isEqualTo("service");
        return ServiceStub.ticketIn(landed);
    }

    /** What the service's back end hears when it validates. */
    String validate(String path, String service, String ticket, String... more) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("service", service);
        query.put("ticket", ticket);
        StringBuilder url = new StringBuilder(idp.baseUrl()).append(path).append('?')
                .append(query.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&")));
        for (String parameter : more) {
            url.append('&').append(parameter);
        }
        return get(url.toString()).body();
    }

    HttpResponse<String> get(String url) {
        try {
            return backEnd.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
