package lab.eulogin.stack;

import java.nio.file.Path;
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
 * @param dataDir     folder of the embedded H2 database, so accounts survive a restart ({@code ./data});
 *                    {@code null} keeps everything in memory (tests)
 * @param labMode     whether the {@code /__lab} control endpoints answer (on for the demo and the tests)
 * @param demoAccounts whether the demo accounts of {@link lab.eulogin.stack.demo.DemoAccounts} exist (on for
 *                    the demo; off for tests, whose scenarios each create the person they follow)
 * @param servicesFile the IdP's service registry (YAML, format in idp/README.md); {@code null} is the lab's
 *                    own, which registers the demo services
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
        Path servicesFile) {

    private static final String DATABASE = "eulogin";

    public static LabConfig defaults() {
        return new LabConfig("127.0.0.1", 7000, 7100, 7200, 2525, 1143, 7300, Path.of("data"), true, true, null);
    }

    /** Any free ports (0), an in-memory database and lab mode: several labs can run side by side. */
    public static LabConfig forTests() {
        return new LabConfig("127.0.0.1", 0, 0, 0, 0, 0, 0, null, true, false, null);
    }

    public LabConfig withServicesFile(Path file) {
        return new LabConfig(host, idpPort, smsPort, mailWebPort, smtpPort, imapPort, demoPort, dataDir, labMode,
                demoAccounts, file);
    }

    /** Each port with the name a person knows it by and the option that changes it. */
    public List<LabPort> ports() {
        return List.of(
                new LabPort(idpPort, "IdP", "--idp-port"),
                new LabPort(smsPort, "SMS emulator", "--sms-port"),
                new LabPort(mailWebPort, "web mailbox", "--mail-port"),
                new LabPort(smtpPort, "SMTP", "--smtp-port"),
                new LabPort(imapPort, "IMAP", "--imap-port"),
                new LabPort(demoPort, "demo services", "--demo-port"));
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
        return host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    }

    public record LabPort(int port, String name, String option) {
    }
}
