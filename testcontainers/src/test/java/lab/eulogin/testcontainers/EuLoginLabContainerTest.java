package lab.eulogin.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.wait.strategy.HttpWaitStrategy;

import lab.eulogin.testkit.HttpBrowser;
import lab.eulogin.testkit.LabKit;
import lab.eulogin.testkit.TestAccount;

/**
 * {@link EuLoginLabContainer} through Testcontainers, against this checkout's podman (its
 * Docker-compatible API): the container started with a team's service registry, an application's
 * sign-in through it with the Apereo Java CAS Client, mail and SMS read with the test kit.
 */
class EuLoginLabContainerTest {
    private static final ListAppender<ILoggingEvent> WAIT_LOG = new ListAppender<>();
    private static EuLoginLabContainer lab;
    private static LabKit kit;

    @BeforeAll
    static void start() {
        // The image first: building it installs podman where it is missing and the build runs as root
        // (a fresh CI machine), which the API service then needs.
        assertThat(Podman.buildImage()).isEqualTo(EuLoginLabContainer.DEFAULT_IMAGE.asCanonicalNameString());
        PodmanService.start();
        lab = new EuLoginLabContainer().withServicesYaml("""
                services:
                  - id: our-app
                    name: Our application
                    urls:
                      - regex: '^http://[^/]+:[0-9]+/our-app/.*$'
                    level: MEDIUM
                    methods: [PASSWORD_SMS]
                  - id: our-portal
                    name: Our portal
                    clientId: our-portal
                    clientSecret: our-portal-secret
                    redirectUris:
                      - http://127.0.0.1:8080/our-portal/callback
                """);
        Logger waitLog = (Logger) LoggerFactory.getLogger(HttpWaitStrategy.class);
        WAIT_LOG.start();
        waitLog.addAppender(WAIT_LOG);
        try {
            lab.start();
        } finally {
            waitLog.detachAppender(WAIT_LOG);
        }
        kit = lab.kit();
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.stop();
        }
    }

    @BeforeEach
    void resetTheLab() {
        kit.reset();
    }

    @Test
    void theWaitForTheLabToBeReadyFindsItsPortWithoutAWarningInTheTestsOutput() {
        // A port that is published but not exposed made Testcontainers log a stack trace at each start.
        assertThat(WAIT_LOG.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void theAddressesItGivesAreOnTheContainersHostWithTheSamePortInside() {
        int idpPort = URI.create(lab.getIdpUrl()).getPort();

        assertThat(lab.getIdpUrl()).isEqualTo("http://" + lab.getHost() + ":" + idpPort);
        assertThat(lab.getEnvMap()).containsEntry("LAB_IDP_PORT", String.valueOf(idpPort))
                .containsEntry("LAB_PUBLIC_HOST", lab.getHost());
        assertThat(lab.getCasServerUrlPrefix()).isEqualTo(lab.getIdpUrl() + "/cas");
        assertThat(lab.getRuntimeInfo().smsUrl()).isEqualTo(lab.getSmsUrl());
    }

    @Test
    void anApplicationSignsInWithItsCasClientAndAnSmsReadThroughTheKit() throws Exception {
        TestAccount ana = kit.newAccount().mobilePhone("+32470" + (100_000 + (int) (Math.random() * 899_999))).create();
        String service = lab.getReadyUrl().replace("/ready", "/our-app/");

        HttpBrowser browser = kit.browser().open(lab.getCasLoginUrl() + "?service=" + enc(service));
        kit.signInWithSms(browser, ana);

        List<URI> went = browser.went();
        String ticket = went.stream().map(URI::toString).filter(a -> a.startsWith(service + "?ticket="))
                .map(a -> a.substring(a.indexOf("ticket=") + 7)).findFirst()
                .orElseThrow(() -> new AssertionError("No ticket brought to " + service + ": " + went));
        Assertion assertion = new Cas30ServiceTicketValidator(lab.getCasServerUrlPrefix()).validate(ticket, service);
        assertThat(assertion.getPrincipal().getAttributes())
                .containsEntry("email", ana.email())
                .containsEntry("authenticationLevel", "MEDIUM");
    }

    @Test
    void itServesOpenIdConnectDiscoveryWithTheIssuerItGivesForAClientOfItsRegistry() throws Exception {
        HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(lab.getOidcDiscoveryUrl())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(discovery.body()).path("issuer").asText())
                .isEqualTo(lab.getOidcIssuer())
                .isEqualTo(lab.getIdpUrl() + "/cas/oauth2");
        HttpBrowser browser = kit.browser().open(lab.getOidcIssuer() + "/authorize?response_type=code&scope=openid"
                + "&client_id=our-portal&redirect_uri=" + enc("http://127.0.0.1:8080/our-portal/callback"));
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.body()).contains("Our portal");
    }

    @Test
    void aMailedLinkLeadsBackToTheContainerFromTheHost() {
        TestAccount ana = kit.newAccount().email("ana." + UUID.randomUUID().toString().substring(0, 8) + "@example.eu").create();
        HttpBrowser browser = kit.askForNewPassword(kit.browser(), ana.email());

        String link = kit.mailbox(ana.email()).nextLink("/cas/");
        browser.open(link);

        assertThat(link).startsWith(lab.getIdpUrl() + "/");
        assertThat(browser.page()).isEqualTo("new-password");
    }

    @Test
    void aServiceRegistryThatIsNotThereIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> new EuLoginLabContainer().withServices(Path.of("no-such-services.yaml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("withServices names no file: ");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
