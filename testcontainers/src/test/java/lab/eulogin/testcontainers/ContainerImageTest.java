package lab.eulogin.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.eulogin.mail.client.MailApiClient;
import lab.eulogin.mail.client.MailMessage;
import lab.eulogin.mail.client.MailMessageDetail;
import lab.eulogin.sms.client.Sms;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.testkit.HttpBrowser;
import lab.eulogin.testkit.clients.LabAccountsClient;

/**
 * The container image as a team's pipeline uses it: built here with podman, run with the lab's
 * settings as environment variables and a service registry mounted as a file, then an application's
 * sign-in through it with the Apereo Java CAS Client, the mail and the SMS read through the
 * emulators' APIs on the published ports.
 */
class ContainerImageTest {
    private static final String PASSWORD = "Container-Lab-2026!";
    private static final String NEW_PASSWORD = "Container-Lab-2027?";
    private static final Pattern CHALLENGE = Pattern.compile("[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path config;

    private static String image;
    private static String container;
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();

    @BeforeAll
    static void startTheImage() throws IOException {
        image = Podman.buildImage();
        for (String name : List.of("IDP", "SMS", "MAIL", "SMTP", "IMAP", "READY")) {
            PORTS.put(name, Podman.freePort());
        }
        // An application of the team's, on an address that answers (the readiness port's 404 page),
        // so the browser can land there with its ticket.
        Files.writeString(config.resolve("services.yaml"), """
                services:
                  - id: our-app
                    name: Our application
                    urls:
                      - prefix: "%s"
                    level: MEDIUM
                    methods: [PASSWORD_SMS]
                """.formatted(service()));
        List<String> run = new ArrayList<>(List.of("run", "--detach", "--rm",
                "--volume", config.resolve("services.yaml") + ":/config/services.yaml:ro",
                "--env", "LAB_SERVICES=/config/services.yaml",
                "--env", "LAB_PUBLIC_HOST=localhost",
                "--env", "LAB_DEMO_DATA=off",
                "--env", "LAB_DEMO_SERVICES=off"));
        // The same port inside and outside, so the addresses the lab writes work from both sides.
        PORTS.forEach((name, port) -> run.addAll(List.of("--publish", "127.0.0.1:" + port + ":" + port,
                "--env", "LAB_" + name + "_PORT=" + port)));
        run.add(image);
        container = Podman.podmanOk(run.toArray(String[]::new));
        await("GET " + readyUrl() + " answering 200").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> status(readyUrl()) == 200);
    }

    @AfterAll
    static void stopIt() {
        if (container != null) {
            Podman.podman("stop", "--time", "5", container);
        }
    }

    @Test
    void theLabRunsAsAnUnprivilegedUserAndSaysWhereItIsWhenReady() throws Exception {
        String user = Podman.podmanOk("exec", container, "id", "-u");
        HttpResponse<String> ready = get(readyUrl());

        assertThat(user).isNotEqualTo("0");
        assertThat(ready.body()).contains("\"status\":\"ready\"", "\"idp\":\"" + idpUrl() + "\"",
                "\"sms\":\"http://localhost:" + PORTS.get("SMS") + "\"");
    }

    @Test
    void anApplicationSignsInThroughTheContainerWithAPasswordAndAnSms() throws Exception {
        String email = "container." + UUID.randomUUID().toString().substring(0, 8) + "@example.eu";
        String number = "+32470" + (100_000 + (int) (Math.random() * 899_999));
        createAccount(email, number);

        // A forgotten password: the mail's link carries the address browsers use.
        HttpBrowser browser = new HttpBrowser().open(idpUrl() + "/cas/init/passwordResetRequest.cgi");
        String captcha = new LabAccountsClient(idpUrl()).captchaShownTo(browser.labClientId());
        browser.submit("/cas/init/passwordResetRequest.cgi", Map.of("email", email, "captcha", captcha));
        assertThat(browser.page()).as(browser.body()).isEqualTo("password-reset-sent");
        MailApiClient mail = new MailApiClient("http://localhost:" + PORTS.get("MAIL"));
        MailMessage received = mail.nextMessage(email, 0, PATIENCE).orElseThrow();
        MailMessageDetail message = mail.message(received.id());
        String link = message.links().stream().filter(l -> l.startsWith(idpUrl() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("No link to " + idpUrl() + " in " + message.links()));
        browser.open(link);
        browser.submit(URI.create(link).getPath(), Map.of("password", NEW_PASSWORD, "passwordConfirm", NEW_PASSWORD));
        assertThat(browser.page()).as(browser.body()).isEqualTo("password-set");

        // The application's sign-in in another browser, with the SMS read from the emulator's API.
        browser = new HttpBrowser().open(idpUrl() + "/cas/login?service=" + enc(service()));
        browser.submit("/cas/login", Map.of("step", "identifier", "username", email));
        browser.submit("/cas/login", Map.of("step", "password", "password", NEW_PASSWORD, "method", "PASSWORD_SMS"));
        assertThat(browser.page()).as(browser.body()).isEqualTo("login-sms");
        Sms sms = new SmsApiClient("http://localhost:" + PORTS.get("SMS")).nextMessage(number, 0, PATIENCE).orElseThrow();
        Matcher code = CHALLENGE.matcher(sms.body());
        assertThat(code.find()).as("a challenge in " + sms.body()).isTrue();
        browser.submit("/cas/login/sms", Map.of("mobilePhone", number, "challenge", code.group()));

        List<URI> went = browser.went();
        String ticket = went.stream().map(URI::toString).filter(a -> a.startsWith(service() + "?ticket="))
                .map(a -> a.substring(a.indexOf("ticket=") + 7)).findFirst()
                .orElseThrow(() -> new AssertionError("No ticket brought to " + service() + ": " + went));
        Assertion assertion = new Cas30ServiceTicketValidator(idpUrl() + "/cas").validate(ticket, service());
        assertThat(assertion.getPrincipal().getAttributes())
                .containsEntry("email", email)
                .containsEntry("authenticationLevel", "MEDIUM")
                .hasEntrySatisfying("strengths", strengths -> assertThat(strengths.toString()).contains("PASSWORD_SMS"));
    }

    @Test
    void aMisspeltVariableStopsTheContainerAtOnceWithOneLine() {
        Podman.Result run = Podman.podman("run", "--rm", "--env", "LAB_IDP_PROT=8000", image);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output().strip()).startsWith("Unknown environment variable LAB_IDP_PROT; the lab reads LAB_HOST,")
                .doesNotContain("\n");
    }

    @Test
    void aServiceRegistryThatIsNotMountedStopsTheContainerAtOnceWithOneLine() {
        Podman.Result run = Podman.podman("run", "--rm", "--env", "LAB_SERVICES=/config/services.yaml", image);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output().strip()).isEqualTo("Environment variable LAB_SERVICES names no file: /config/services.yaml;"
                + " give the path of a service registry (in a container: a file mounted there).");
    }

    @Test
    void aPortAlreadyTakenStopsTheContainerAtOnceWithOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> run = new ArrayList<>(List.of("run", "--rm", "--network", "host",
                    "--env", "LAB_IDP_PORT=" + taken.getLocalPort()));
            for (String name : List.of("SMS", "MAIL", "SMTP", "IMAP", "DEMO", "READY")) {
                run.addAll(List.of("--env", "LAB_" + name + "_PORT=" + Podman.freePort()));
            }
            run.add(image);

            Podman.Result refused = Podman.podman(run.toArray(String[]::new));

            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.output().strip()).isEqualTo("Port " + taken.getLocalPort()
                    + " (IdP) is already in use; choose another with --idp-port or LAB_IDP_PORT.");
        }
    }

    private static void createAccount(String email, String number) throws Exception {
        String form = Map.of("email", email, "password", PASSWORD, "mobilePhone", number).entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(idpUrl() + "/__lab/accounts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static String idpUrl() {
        return "http://localhost:" + PORTS.get("IDP");
    }

    private static String readyUrl() {
        return "http://localhost:" + PORTS.get("READY") + "/ready";
    }

    private static String service() {
        return "http://localhost:" + PORTS.get("READY") + "/our-app/";
    }

    private static int status(String url) {
        try {
            return get(url).statusCode();
        } catch (IOException notYet) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
