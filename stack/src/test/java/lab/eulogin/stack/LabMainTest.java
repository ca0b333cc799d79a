package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo command as a person runs it: a separate JVM, its output and its exit code. */
class LabMainTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void aBusyPortGivesOneLineNamingItAndExitCode2() throws Exception {
        try (ServerSocket taken = FreePorts.occupy()) {
            int busy = taken.getLocalPort();
            Process demo = demo(options("--idp-port", String.valueOf(busy)));

            List<String> output = assertTimeoutPreemptively(PATIENCE, () -> readAll(demo));

            assertThat(demo.waitFor()).isEqualTo(2);
            assertThat(output).containsExactly(
                    "Port " + busy + " (IdP) is already in use; choose another with --idp-port or LAB_IDP_PORT.");
        }
    }

    @Test
    void theDemoPrintsWhereToGoAndStopsCleanlyOnSigterm() throws Exception {
        Process demo = demo(options());
        BufferedReader out = reader(demo);

        List<String> welcome = assertTimeoutPreemptively(PATIENCE, () -> readUntil(out, "Started in"));
        demo.toHandle().destroy(); // SIGTERM, keeping our end of its output open (Process.destroy closes it)
        List<String> farewell = assertTimeoutPreemptively(PATIENCE, () -> readUntil(out, "Lab stopped."));

        assertThat(String.join("\n", welcome)).contains("/cas/login", "Web mailbox", "Demo services");
        assertThat(welcome.get(welcome.size() - 1)).matches("Started in \\d+\\.\\d\\d s; \\d+ MB of memory in use\\..*");
        assertThat(farewell).contains("Lab stopped.");
        assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).as("exit code after SIGTERM").isEqualTo(143);
    }

    @Test
    void helpShowsEveryOptionAndSucceeds() throws Exception {
        Process help = start(List.of("demo", "--help"));

        List<String> output = assertTimeoutPreemptively(PATIENCE, () -> readAll(help));

        assertThat(help.waitFor()).isZero();
        assertThat(String.join("\n", output)).contains("--idp-port", "--sms-port", "--mail-port", "--smtp-port",
                "--imap-port", "--demo-port", "--data", "--host");
    }

    @Test
    void anUnknownOptionIsRefusedWithExitCode2() throws Exception {
        Process demo = demo(List.of("--colour", "blue"));

        List<String> output = assertTimeoutPreemptively(PATIENCE, () -> readAll(demo));

        assertThat(demo.waitFor()).isEqualTo(2);
        assertThat(output).containsExactly("Unknown option --colour; see --help.");
    }

    /** Every port free and chosen now, the data in a temporary folder, plus the given options (which win). */
    private List<String> options(String... overrides) {
        List<String> options = new ArrayList<>(List.of(
                "--idp-port", String.valueOf(FreePorts.any()),
                "--sms-port", String.valueOf(FreePorts.any()),
                "--mail-port", String.valueOf(FreePorts.any()),
                "--smtp-port", String.valueOf(FreePorts.any()),
                "--imap-port", String.valueOf(FreePorts.any()),
                "--demo-port", String.valueOf(FreePorts.any()),
                "--data", data.toString()));
        for (int i = 0; i < overrides.length; i += 2) {
            options.set(options.indexOf(overrides[i]) + 1, overrides[i + 1]);
        }
        return options;
    }

    private Process demo(List<String> options) throws IOException {
        List<String> args = new ArrayList<>(List.of("demo"));
        args.addAll(options);
        return start(args);
    }

    private static Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                LabMain.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<String> readAll(Process p) throws IOException {
        return reader(p).lines().toList();
    }

    private static List<String> readUntil(BufferedReader out, String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            if (line.startsWith(prefix)) {
                return lines;
            }
        }
        throw new AssertionError("The output ended before a line starting with '" + prefix + "': " + lines);
    }
}
