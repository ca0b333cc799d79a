package lab.eulogin.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A team that runs the lab as a container gets only the kit's HTTP clients (and Jackson) in its
 * tests' JVM: none of the libraries the lab's servers run on, whose versions could clash with the
 * application's. This module's own test class path is the same (plus JUnit, AssertJ, Awaitility,
 * the CAS client and logback, the tests' own), so what loads here shows what a team gets.
 */
class ClientOnlyClassPathTest {
    private static final List<String> THE_LABS_SERVERS = List.of(
            "io.undertow.Undertow",
            "org.h2.Driver",
            "io.pebbletemplates.pebble.PebbleEngine",
            "org.flywaydb.core.Flyway",
            "com.zaxxer.hikari.HikariDataSource",
            "com.github.tomakehurst.wiremock.WireMockServer",
            "org.eclipse.jetty.server.Server",
            "wiremock.org.eclipse.jetty.server.Server",
            "com.icegreen.greenmail.util.GreenMail",
            "com.webauthn4j.WebAuthnManager",
            "lab.eulogin.stack.Lab",
            "lab.eulogin.idp.IdpServer",
            "lab.eulogin.sms.SmsEmulator",
            "lab.eulogin.mail.MailEmulator",
            "lab.eulogin.testkit.EuLoginLabExtension");

    @Test
    void theKitsClientsAreOnTheClassPathAndNothingTheLabsServersRunOn() {
        assertThat(loadable("lab.eulogin.testkit.LabKit")).isTrue();
        assertThat(loadable("lab.eulogin.mail.client.MailApiClient")).isTrue();
        assertThat(loadable("lab.eulogin.sms.client.SmsApiClient")).isTrue();

        assertThat(THE_LABS_SERVERS).filteredOn(ClientOnlyClassPathTest::loadable).isEmpty();
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, ClientOnlyClassPathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
