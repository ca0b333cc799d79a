package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo command as a person runs it: a separate JVM, its output and its exit code. */
class LabMainTest {

    @TempDir
    Path data;

    @Test
    void aBusyPortGivesOneLineNamingItAndExitCode2() throws Exception {
        try (ServerSocket taken = FreePorts.occupy()) {
            int busy = taken.getLocalPort();
            Process demo = DemoProcess.demo(options("--idp-port", String.valueOf(busy)));

            List<String> output = assertTimeoutPreemptively(DemoProcess.PATIENCE, () -> DemoProcess.readAll(demo));

            assertThat(demo.waitFor()).isEqualTo(2);
            assertThat(output).containsExactly(
                    "Port " + busy + " (IdP) is already in use; choose another with --idp-port or LAB_IDP_PORT.");
        }
    }

    @Test
    void theDemoPrintsWhereToGoAndStopsCleanlyOnSigterm() throws Exception {
        Process demo = DemoProcess.demo(options());
        BufferedReader out = DemoProcess.reader(demo);

        List<String> welcome = assertTimeoutPreemptively(DemoProcess.PATIENCE, () -> DemoProcess.readUntil(out, "Started in"));
        demo.toHandle().destroy(); // SIGTERM, keeping our end of its output open (Process.destroy closes it)
        List<String> farewell = assertTimeoutPreemptively(DemoProcess.PATIENCE, () -> DemoProcess.readUntil(out, "Lab stopped."));

        assertThat(String.join("\n", welcome)).contains("/cas/login", "Web mailbox", "Demo services");
        assertThat(welcome.get(welcome.size() - 1)).matches("Started in \\d+\\.\\d\\d s; \\d+ MB of memory in use\\..*");
        assertThat(farewell).contains("Lab stopped.");
        assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).as("exit code after SIGTERM").isEqualTo(143);
    }

    @Test
    void helpShowsEveryOptionAndSucceeds() throws Exception {
        Process help = DemoProcess.start(List.of("demo", "--help"));

        List<String> output = assertTimeoutPreemptively(DemoProcess.PATIENCE, () -> DemoProcess.readAll(help));

        assertThat(help.waitFor()).isZero();
        assertThat(String.join("\n", output)).contains("--idp-port", "--sms-port", "--mail-port", "--smtp-port",
                "--imap-port", "--demo-port", "--data", "--host");
    }

    @Test
    void anUnknownOptionIsRefusedWithExitCode2() throws Exception {
        Process demo = DemoProcess.demo(List.of("--colour", "blue"));

        List<String> output = assertTimeoutPreemptively(DemoProcess.PATIENCE, () -> DemoProcess.readAll(demo));

        assertThat(demo.waitFor()).isEqualTo(2);
        assertThat(output).containsExactly("Unknown option --colour; see --help.");
    }

    private List<String> options(String... overrides) {
        return DemoProcess.options(data, overrides);
    }
}
