package lab.eulogin.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How the whole lab is started: one immutable value with documented defaults. {@link LabOptions}
 * is the one loader from the command line.
 *
 * @param host        interface every server binds to (127.0.0.1: the lab is not reachable from other machines)
 * @param idpPort     EU Login stand-in (7000)
 * @param smsPort     SMS emulator: gateway API, virtual phones page and JSON API (7100)
 * @param mailWebPort mail emulator: web mailbox and JSON API (7200)
 * @param smtpPort    mail emulator: SMTP, where the IdP sends its mail (2525)
 * @param imapPort    mail emulator: IMAP, for anyone who prefers a mail program (1143)
 * @param demoPort    demo services that sign in through the IdP (7300)
 * @param dataDir     folder of the embedded H2 database and the SMS emulator's journal, so accounts,
 *                    phones and SMS survive a restart ({@code ./data}); {@code null} keeps everything in
 *                    memory (tests)
 * @param labMode     whether the {@code /__lab} control endpoints answer (on for the demo and the tests)
 * @param demoAccounts whether the demo accounts of {@link lab.eulogin.stack.demo.DemoAccounts} exist (on for
 *                    the demo; off for tests, whose scenarios each create the person they follow)
 * @param servicesFile the IdP's service registry (YAML, format in idp/README.md); {@code null} is the lab's
 *                    own, which registers the demo services
 * @param publicHost  the host name browsers reach the lab by, written into redirects, mailed links, QR codes
 *                    and the demo pages' links, each server keeping its port; {@code null}: {@code localhost}
 *                    for the IdP and {@code 127.0.0.1} for the others when bound to loopback or every
 *                    interface, the bound host otherwise
 * @param demoServices whether the demo services run on the demo port (on for the demo and the tests)
 * @param readyPort   answers {@code GET /ready} once every server is up (7400), for a container's health
 *                    check or a CI service wait
 */
public record LabConfig(
        String host,
        int idpPort,
        int smsPort,
        int mailWebPort,
        int smtpPort,
        int imapPort,
        int demoPort,
        Path dataDir,
        boolean labMode,
        boolean demoAccounts,
        Path servicesFile,
        String publicHost,
        boolean demoServices,
        int readyPort) {

    private static final String DATABASE = "eulogin";

    /** The demo services on, the host name derived from the bound host and the readiness answer on any free port. */
    public LabConfig(String host, int idpPort, int smsPort, int mailWebPort, int smtpPort, int imapPort, int demoPort,
                     Path dataDir, boolean labMode, boolean demoAccounts, Path servicesFile) {
        this(host, idpPort, smsPort, mailWebPort, smtpPort, imapPort, demoPort, dataDir, labMode, demoAccounts,
                servicesFile, null, true, 0);
    }

    public static LabConfig defaults() {
        return new LabConfig("127.0.0.1", 7000, 7100, 7200, 2525, 1143, 7300, Path.of("data"), true, true, null,
                null, true, 7400);
    }

    /** Any free ports (0), an in-memory database and lab mode: several labs can run side by side. */
    public static LabConfig forTests() {
        return new LabConfig("127.0.0.1", 0, 0, 0, 0, 0, 0, null, true, false, null);
    }

    public LabConfig withServicesFile(Path file) {
        return new LabConfig(host, idpPort, smsPort, mailWebPort, smtpPort, imapPort, demoPort, dataDir, labMode,
                demoAccounts, file, publicHost, demoServices, readyPort);
    }

    /** Each port the lab will bind, with the name a person knows it by and the option that changes it. */
    public List<LabPort> ports() {
        List<LabPort> ports = new ArrayList<>(List.of(
                new LabPort(idpPort, "IdP", LabOptions.IDP_PORT),
                new LabPort(smsPort, "SMS emulator", LabOptions.SMS_PORT),
                new LabPort(mailWebPort, "web mailbox", LabOptions.MAIL_PORT),
                new LabPort(smtpPort, "SMTP", LabOptions.SMTP_PORT),
                new LabPort(imapPort, "IMAP", LabOptions.IMAP_PORT)));
        if (demoServices) {
            ports.add(new LabPort(demoPort, "demo services", LabOptions.DEMO_PORT));
        }
        ports.add(new LabPort(readyPort, "readiness answer", LabOptions.READY_PORT));
        return ports;
    }

    /**
     * The address browsers use for a server on this port.
     *
     * @param loopbackName the name used when no public host is set and the lab is bound to loopback or every
     *                     interface: the IdP is {@code localhost}, the other servers {@code 127.0.0.1}, so the
     *                     IdP's cookies are not the applications' (as on separate hosts)
     */
    public String publicUrl(String loopbackName, int boundPort) {
        String name = publicHost != null ? publicHost
                : isWildcard() || host.equals("127.0.0.1") || host.equals("localhost") ? loopbackName : host;
        return "http://" + name + ":" + boundPort;
    }

    /**
     * The IdP's database: a file under the data folder, or a private in-memory one. The lab closes
     * the database itself on shutdown (after the IdP), so H2's own exit hook is turned off. H2 writes
     * a commit to the file up to half a second later unless told otherwise: {@code WRITE_DELAY=0}
     * writes it before the answer, so what the lab answered as stored survives a kill. Each call
     * without a data folder names a new, empty in-memory database.
     */
    public String jdbcUrl() {
        if (dataDir == null) {
            return "jdbc:h2:mem:lab-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(DATABASE) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** The file H2 keeps the database in, under the data folder. */
    public Path databaseFile() {
        return dataDir.toAbsolutePath().normalize().resolve(DATABASE + ".mv.db");
    }

    /** Where the servers reach each other: a wildcard bind address is reached on loopback. */
    public String connectHost() {
        return isWildcard() ? "127.0.0.1" : host;
    }

    private boolean isWildcard() {
        return host.equals("0.0.0.0") || host.equals("::");
    }

    /** @param option the command-line option and environment variable that set it, as a person is told of them */
    public record LabPort(int port, String name, String option) {
    }
}
