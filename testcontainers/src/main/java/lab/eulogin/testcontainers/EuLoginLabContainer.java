package lab.eulogin.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import lab.eulogin.testkit.LabKit;
import lab.eulogin.testkit.LabRuntimeInfo;

/**
 * The lab's container image ({@code eulogin-lab:VERSION}, made by {@code ./lab image}) in a test:
 * EU Login, the SMS and mail emulators, lab mode on, no demo data and no demo services unless asked
 * for. Started, it hands out the addresses a CAS or OpenID Connect client is configured with and
 * the test kit pointed at them.
 *
 * <p>Each server listens inside the container on the same port number as on the host (a free port
 * chosen at start), and the lab writes {@link #getHost()} into redirects and mailed links: the
 * addresses it gives work from the test, from a browser on the host, and from inside the container
 * (where the EU Login app of the virtual phones calls the IdP).
 *
 * <pre>{@code
 * @Container
 * static EuLoginLabContainer lab = new EuLoginLabContainer().withServices(Path.of("src/test/resources/services.yaml"));
 *
 * LabKit kit = lab.kit();
 * TestAccount ana = kit.newAccount().mobilePhone("+32470123456").create();
 * }</pre>
 */
public class EuLoginLabContainer extends GenericContainer<EuLoginLabContainer> {
    /** The image of the lab this module belongs to, as podman and docker load it from the OCI archive: {@code localhost/eulogin-lab:VERSION}. */
    public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("localhost/eulogin-lab").withTag(version());

    private static final String SERVICES_IN_CONTAINER = "/config/services.yaml";
    private static final Duration STARTUP = Duration.ofMinutes(2);

    /** The lab's ports by the name of their variable: LAB_IDP_PORT is the IdP's. */
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private String publicHost;

    public EuLoginLabContainer() {
        this(DEFAULT_IMAGE);
    }

    public EuLoginLabContainer(DockerImageName image) {
        super(image);
        withEnv("LAB_DEMO_DATA", "off");
        withEnv("LAB_DEMO_SERVICES", "off");
        withEnv("LAB_LAB_MODE", "on");
    }

    /**
     * The applications that may sign in: a service registry file of the team's (YAML, as
     * {@code --services}), copied into the container. A path that names no file is refused now.
     */
    public EuLoginLabContainer withServices(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("withServices names no file: " + file.toAbsolutePath()
                    + "; give the path of a service registry (see the lab's README, Service registry).");
        }
        withCopyFileToContainer(MountableFile.forHostPath(file, 0444), SERVICES_IN_CONTAINER);
        return withEnv("LAB_SERVICES", SERVICES_IN_CONTAINER);
    }

    /** The applications that may sign in, as the text of a service registry. */
    public EuLoginLabContainer withServicesYaml(String yaml) {
        withCopyToContainer(Transferable.of(yaml, 0444), SERVICES_IN_CONTAINER);
        return withEnv("LAB_SERVICES", SERVICES_IN_CONTAINER);
    }

    /** The demo accounts and support staff of {@code ./lab demo} (off by default: tests make their own). */
    public EuLoginLabContainer withDemoData(boolean on) {
        return withEnv("LAB_DEMO_DATA", on ? "on" : "off");
    }

    /** The demo services on their own port (off by default). */
    public EuLoginLabContainer withDemoServices(boolean on) {
        return withEnv("LAB_DEMO_SERVICES", on ? "on" : "off");
    }

    /** Lab mode: the control API the test kit uses (on by default; off makes the lab behave as production). */
    public EuLoginLabContainer withLabMode(boolean on) {
        return withEnv("LAB_LAB_MODE", on ? "on" : "off");
    }

    /**
     * The host name browsers reach the lab by, written into redirects and mailed links (by default
     * {@link #getHost()}, where Testcontainers publishes the ports).
     */
    public EuLoginLabContainer withPublicHost(String host) {
        this.publicHost = host;
        return self();
    }

    @Override
    protected void configure() {
        ports.clear();
        for (String name : new String[] {"IDP", "SMS", "MAIL", "SMTP", "IMAP", "DEMO", "READY"}) {
            int port = freePort();
            ports.put(name, port);
            // Published on the same number, so an address the lab writes is right on both sides;
            // exposed too, as the wait for /ready only looks at exposed ports.
            addExposedPort(port);
            addFixedExposedPort(port, port);
            withEnv("LAB_" + name + "_PORT", String.valueOf(port));
        }
        withEnv("LAB_PUBLIC_HOST", publicHost != null ? publicHost : getHost());
        waitingFor(Wait.forHttp("/ready").forPort(ports.get("READY")).forStatusCode(200)
                .withStartupTimeout(STARTUP));
    }

    /** EU Login, e.g. {@code http://localhost:41234}; a CAS client's server is this plus {@code /cas}. */
    public String getIdpUrl() {
        return url("IDP");
    }

    /** What a CAS client is configured with as {@code casServerUrlPrefix}. */
    public String getCasServerUrlPrefix() {
        return getIdpUrl() + "/cas";
    }

    /** EU Login's sign-in page ({@code casServerLoginUrl}). */
    public String getCasLoginUrl() {
        return getIdpUrl() + "/cas/login";
    }

    /**
     * The OpenID Connect issuer, {@code {idp}/cas/oauth2}: the {@code iss} of the ID tokens. The lab
     * makes it of the public host ({@link #withPublicHost}, by default {@link #getHost()}), the
     * address browsers and the application use, so a client configured with it accepts the tokens.
     */
    public String getOidcIssuer() {
        return getRuntimeInfo().oidcIssuer();
    }

    /** The OpenID Connect discovery document: endpoints, keys and what the provider supports. */
    public String getOidcDiscoveryUrl() {
        return getRuntimeInfo().oidcDiscoveryUrl();
    }

    /** The virtual phones page and the SMS API. */
    public String getSmsUrl() {
        return url("SMS");
    }

    /** The web mailbox and the mail API. */
    public String getMailUrl() {
        return url("MAIL");
    }

    /** The demo services, when turned on with {@link #withDemoServices(boolean)}. */
    public String getDemoUrl() {
        return url("DEMO");
    }

    /** {@code GET} answers 200 once every server of the lab is up. */
    public String getReadyUrl() {
        return url("READY") + "/ready";
    }

    /** SMTP of the mail emulator, on {@link #getHost()}: where an application under test may send its own mail. */
    public int getSmtpPort() {
        return port("SMTP");
    }

    /** IMAP of the mail emulator, on {@link #getHost()}. */
    public int getImapPort() {
        return port("IMAP");
    }

    /** The addresses above, as the test kit and the JUnit 5 extension describe a running lab. */
    public LabRuntimeInfo getRuntimeInfo() {
        return new LabRuntimeInfo(getIdpUrl(), getSmsUrl(), getMailUrl(), getHost(), getSmtpPort(), getImapPort());
    }

    /** The test kit, pointed at this container: accounts, clock, mail, SMS, the app, faults, reset. */
    public LabKit kit() {
        return LabKit.connect(getRuntimeInfo());
    }

    private String url(String name) {
        int port = port(name); // first: getHost() of a container not started asks for a Docker engine
        return "http://" + (publicHost != null ? publicHost : getHost()) + ":" + port;
    }

    private int port(String name) {
        Integer port = ports.get(name);
        if (port == null || !isRunning()) {
            throw new IllegalStateException("The lab's container is not started; start it first: start(), or @Container"
                    + " on a field of a class annotated with @Testcontainers (org.testcontainers:testcontainers-junit-jupiter)");
        }
        return getMappedPort(port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the lab's container", e);
        }
    }

    private static String version() {
        Properties image = new Properties();
        try (InputStream in = EuLoginLabContainer.class.getResourceAsStream("image.properties")) {
            image.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("image.properties is missing from the lab's Testcontainers module", e);
        }
        return image.getProperty("version");
    }
}
