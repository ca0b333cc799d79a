package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.support.SupportStaff;
import lab.eulogin.stack.demo.DemoSupportStaff;

class LabTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTestLabServesTheDemoServicesPageOnAFreePort() throws Exception {
        try (Lab lab = Lab.startForTests()) {
            HttpResponse<String> page = get(lab.demoUrl() + "/");

            assertThat(lab.config().demoPort()).isZero();
            assertThat(URI.create(lab.demoUrl()).getPort()).isPositive();
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("data-page=\"demo-services\"", "My Remote", "JSIS Online", "EURES portal");
        }
    }

    @Test
    void everyServerShowsItsOwnFirstPageWhenAllShareOneProcess() {
        Map<String, String> answers = LabCheck.run();

        assertThat(answers).hasSize(4).allSatisfy((page, answer) -> assertThat(answer).as(page).isEqualTo(LabCheck.OK));
    }

    @Test
    void theIdpSendsItsMailAndSmsToTheLabsEmulators() {
        try (Lab lab = Lab.startForTests()) {
            IdpConfig idp = Lab.idpConfig(lab.config(), Lab.EmulatorAddresses.of(lab.mail(), lab.sms()));

            assertThat(idp.smtpPort()).isEqualTo(lab.smtpPort());
            assertThat(idp.smsGatewayUrl()).isEqualTo(lab.smsUrl());
            assertThat(idp.labMode()).isTrue();
            assertThat(idp.jdbcUrl()).startsWith("jdbc:h2:mem:");
        }
    }

    @Test
    void theDemoKeepsItsDatabaseInTheDataFolder() {
        try (Lab lab = Lab.startForTests()) {
            LabConfig demo = LabConfig.defaults();

            IdpConfig idp = Lab.idpConfig(demo, Lab.EmulatorAddresses.of(lab.mail(), lab.sms()));

            assertThat(idp.jdbcUrl()).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath());
            assertThat(idp.port()).isEqualTo(7000);
        }
    }

    @Test
    void theDemoAccountsExistAndSurviveARestartWithTheDataFolder(@TempDir Path data) {
        LabConfig demo = new LabConfig("127.0.0.1", 0, 0, 0, 0, 0, 0, data, true, true, null);
        try (Lab first = Lab.start(demo)) {
            assertThat(first.idp().accountAdmin().find("ana.external@example.eu")).isPresent();
            assertThat(first.idp().supportStaff().find("helpdesk.agent")).isPresent();
            assertThat(first.idp().supportStaff().signIn("helpdesk.viewer", DemoSupportStaff.PASSWORD))
                    .isInstanceOf(SupportStaff.SignIn.Ok.class);
        }

        try (Lab again = Lab.start(demo)) {
            assertThat(again.idp().accountAdmin().find("ana.external@example.eu")).isPresent();
            assertThat(Files.exists(data.resolve("eulogin.mv.db"))).isTrue();
        }
    }

    @Test
    void whatTheCallerDoesMeanwhileRunsOnItsThreadWhileTheDatabaseFileOpens(@TempDir Path data) {
        LabConfig demo = new LabConfig("127.0.0.1", 0, 0, 0, 0, 0, 0, data, true, true, null);
        List<String> ranOn = new ArrayList<>();
        try (Lab lab = Lab.start(demo, () -> ranOn.add(Thread.currentThread().getName()))) {
            assertThat(ranOn).containsExactly(Thread.currentThread().getName());
            // The connection opened ahead is closed again; the IdP's pool keeps the database open.
            assertThat(lab.idp().accountAdmin().find("ana.external@example.eu")).isPresent();
        }
        try (Lab again = Lab.start(demo)) {
            assertThat(again.idp().accountAdmin().find("ana.external@example.eu")).isPresent();
        }
    }

    @Test
    void aDataFolderInUseByAnotherLabIsRefusedInOneLine(@TempDir Path data) {
        LabConfig first = new LabConfig("127.0.0.1", 0, 0, 0, 0, 0, 0, data, true, false, null);
        try (Lab running = Lab.start(first)) {
            assertThatThrownBy(() -> Lab.start(first))
                    .isInstanceOf(StartRefused.class)
                    .hasMessage("The data folder " + data.toAbsolutePath().normalize()
                            + " is in use by another running lab; choose another with --data or LAB_DATA.");
        }
    }

    @Test
    void aLabGivenARegistryOfItsOwnSignsInOnlyTheApplicationsItLists(@TempDir Path dir) throws Exception {
        Path registry = OurRegistry.writeIn(dir);
        LabConfig config = new LabConfig("127.0.0.1", 0, 0, 0, 0, 0, 0, null, true, false, registry);
        try (Lab lab = Lab.start(config)) {
            HttpResponse<String> ours = get(lab.idpUrl() + "/cas/login?service=" + URLEncoder.encode(OurRegistry.URL, StandardCharsets.UTF_8));
            HttpResponse<String> demo = get(lab.idpUrl() + "/cas/login?service="
                    + URLEncoder.encode(lab.demoUrl() + "/myremote/", StandardCharsets.UTF_8));

            assertThat(ours.body()).contains("data-page=\"login-identifier\"", OurRegistry.NAME);
            assertThat(demo.body()).contains("data-page=\"service-unknown\"");
        }
    }

    @Test
    void aTestLabHasNoDemoAccounts() {
        try (Lab lab = Lab.startForTests()) {
            assertThat(lab.idp().accountAdmin().find("ana.external@example.eu")).isEmpty();
            assertThat(lab.idp().supportStaff().find("helpdesk.agent")).isEmpty();
        }
    }

    @Test
    void aBusyPortIsRefusedByNameBeforeAnythingStarts() throws IOException {
        int demoPort = FreePorts.any();
        try (ServerSocket taken = FreePorts.occupy()) {
            int busy = taken.getLocalPort();
            LabConfig config = new LabConfig("127.0.0.1", 0, 0, 0, 0, busy, demoPort, null, true, false, null);

            assertThatThrownBy(() -> Lab.start(config))
                    .isInstanceOf(StartRefused.class)
                    .hasMessage("Port " + busy + " (IMAP) is already in use; choose another with --imap-port or LAB_IMAP_PORT.");
            assertThat(FreePorts.isFree(demoPort)).as("the demo services were not started").isTrue();
        }
    }

    @Test
    void onePortGivenTwiceIsRefused() {
        int port = FreePorts.any();
        LabConfig config = new LabConfig("127.0.0.1", port, 0, 0, 0, 0, port, null, true, false, null);

        assertThatThrownBy(() -> Lab.start(config))
                .hasMessage("Port " + port + " is given to both the IdP and the demo services; choose another with --demo-port or LAB_DEMO_PORT.");
    }

    @Test
    void closingTheLabStopsItsServers() throws Exception {
        Lab lab = Lab.startForTests();
        String demo = lab.demoUrl();

        lab.close();

        assertThatThrownBy(() -> get(demo + "/")).isInstanceOf(ConnectException.class);
    }

    @Test
    void aPublicHostIsWhatRedirectsAndTheReadinessAnswerCarry() throws Exception {
        int idpPort = FreePorts.any();
        int demoPort = FreePorts.any();
        LabConfig config = new LabConfig("127.0.0.1", idpPort, 0, 0, 0, 0, demoPort, null, false, false, null,
                "lab.test", true, 0);
        try (Lab lab = Lab.start(config)) {
            HttpResponse<String> signIn = get("http://127.0.0.1:" + demoPort + "/myremote/");
            HttpResponse<String> ready = get(lab.readyUrl());

            assertThat(lab.idpUrl()).isEqualTo("http://lab.test:" + idpPort);
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).hasValue("http://lab.test:" + idpPort
                    + "/cas/login?service=" + URLEncoder.encode("http://lab.test:" + demoPort + "/myremote/", StandardCharsets.UTF_8));
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"ready\"", "\"idp\":\"http://lab.test:" + idpPort + "\"",
                    "\"demo\":\"http://lab.test:" + demoPort + "\"");
        }
    }

    @Test
    void withoutTheDemoServicesTheirPortStaysFreeAndTheLabIsStillReady() throws Exception {
        int demoPort = FreePorts.any();
        LabConfig config = new LabConfig("127.0.0.1", 0, 0, 0, 0, 0, demoPort, null, true, false, null, null, false, 0);
        try (Lab lab = Lab.start(config)) {
            HttpResponse<String> ready = get(lab.readyUrl());
            HttpResponse<String> elsewhere = get(lab.readyUrl().replace("/ready", "/"));

            assertThat(FreePorts.isFree(demoPort)).isTrue();
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"idp\":\"" + lab.idpUrl() + "\"").doesNotContain("\"demo\"");
            assertThat(elsewhere.statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
