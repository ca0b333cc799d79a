package lab.eulogin.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The lab's command line as a person runs it: a separate JVM on this test's classpath, and its output. */
final class DemoProcess {
    /**
     * How long a start or a stop may take before the test gives up: a ceiling, not a figure. The demo
     * hashes its accounts' passwords at the real cost, which a machine busy with other builds can
     * make ten times slower than the 2 s it takes here otherwise.
     */
    static final Duration PATIENCE = Duration.ofMinutes(3);

    private DemoProcess() {
    }

    /** Every port free and chosen now, the data in the given folder, plus the given options (which win). */
    static List<String> options(Path data, String... overrides) {
        List<String> options = new ArrayList<>(List.of(
                "--idp-port", String.valueOf(FreePorts.any()),
                "--sms-port", String.valueOf(FreePorts.any()),
                "--mail-port", String.valueOf(FreePorts.any()),
                "--smtp-port", String.valueOf(FreePorts.any()),
                "--imap-port", String.valueOf(FreePorts.any()),
                "--demo-port", String.valueOf(FreePorts.any()),
                "--ready-port", String.valueOf(FreePorts.any()),
                "--data", data.toString()));
        for (int i = 0; i < overrides.length; i += 2) {
            options.set(options.indexOf(overrides[i]) + 1, overrides[i + 1]);
        }
        return options;
    }

    static Process demo(List<String> options) throws IOException {
        List<String> args = new ArrayList<>(List.of("demo"));
        args.addAll(options);
        return start(args);
    }

    static Process start(List<String> args) throws IOException {
        return java(LabMain.class, args);
    }

    /** A class's {@code main} in a separate JVM on this test's classpath, its error output merged into its output. */
    static Process java(Class<?> main, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    static List<String> readAll(Process p) throws IOException {
        return reader(p).lines().toList();
    }

    static List<String> readUntil(BufferedReader out, String prefix) throws IOException {
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
