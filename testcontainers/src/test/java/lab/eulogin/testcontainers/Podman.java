package lab.eulogin.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The checkout's podman ({@code image/podman}: storage and configuration under target/podman) and
 * the image build ({@code image/build}), run as a person runs them. Without podman, and not root to
 * install it, the tests are skipped with a message, except in CI ({@code CI=true}) where that fails.
 */
final class Podman {
    /** image/build and image/podman: podman or debootstrap missing, and not root to install them. */
    private static final int TOOLS_MISSING = 3;

    static final Path ROOT = Path.of(System.getProperty("lab.root", "..")).toAbsolutePath().normalize();
    static final Path JAR = Path.of(System.getProperty("lab.jar", "")).toAbsolutePath();

    record Result(int exitCode, String output) {
    }

    private Podman() {
    }

    private static String built;

    /** The image of this build's runnable jar, built (or found up to date) once per test run; its name and tag. */
    static synchronized String buildImage() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private static String build() {
        Result result = run(List.of(ROOT.resolve("image/build").toString(), JAR.toString()), 15);
        skipOrFailWithoutTools(result);
        if (result.exitCode() != 0) {
            throw new AssertionError("image/build failed (exit code " + result.exitCode() + "):\n" + result.output());
        }
        String version = JAR.getFileName().toString().replaceFirst("^eulogin-lab-", "").replaceFirst("\\.jar$", "");
        return "localhost/eulogin-lab:" + version;
    }

    static Result podman(String... args) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("image/podman").toString()));
        command.addAll(List.of(args));
        Result result = run(command, 3);
        skipOrFailWithoutTools(result);
        return result;
    }

    /** A podman command that must succeed; its output. */
    static String podmanOk(String... args) {
        Result result = podman(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("podman " + String.join(" ", args) + " failed (exit code " + result.exitCode()
                    + "):\n" + result.output());
        }
        return result.output().strip();
    }

    /** A port free on this machine now, to publish a container's port on. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skipOrFailWithoutTools(Result result) {
        if (result.exitCode() == TOOLS_MISSING) {
            String message = "The container image tests need podman: " + result.output().strip();
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
    }

    private static Result run(List<String> command, int minutes) {
        try {
            Path log = Files.createTempFile("podman", ".log");
            try {
                Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not end within " + minutes + " minutes:\n"
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
