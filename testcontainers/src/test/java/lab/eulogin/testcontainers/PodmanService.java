package lab.eulogin.testcontainers;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Podman's Docker-compatible API on target/podman/podman.sock ({@code image/podman service}), where
 * the build points Testcontainers (DOCKER_HOST in this module's pom). Started once for the tests
 * of this JVM, stopped when it exits.
 */
final class PodmanService {
    static final Path SOCKET = Podman.ROOT.resolve("target/podman/podman.sock");

    private static Process service;

    private PodmanService() {
    }

    static synchronized void start() {
        if (service != null && service.isAlive()) {
            return;
        }
        Podman.podmanOk("version", "--format", "{{.Client.Version}}"); // skips or fails, as the other tests, without podman
        try {
            Files.deleteIfExists(SOCKET);
            service = new ProcessBuilder(Podman.ROOT.resolve("image/podman").toString(), "service")
                    .directory(Podman.ROOT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Podman.ROOT.resolve("target/podman/service.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process started = service;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "podman-service-stop"));
        await("podman's API socket " + SOCKET).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(SOCKET) || !started.isAlive());
        if (!started.isAlive()) {
            throw new AssertionError("podman system service stopped at once; see target/podman/service.log");
        }
    }
}
