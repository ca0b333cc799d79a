package lab.eulogin.stack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.devices.DevicePolicy;
import lab.eulogin.idp.protocol.CasPolicy;
import lab.eulogin.idp.IdpServer;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.store.Database;
import lab.eulogin.mail.MailEmulator;
import lab.eulogin.mail.MailEmulatorConfig;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.store.DataFolderRefused;
import lab.eulogin.stack.demo.DemoAccounts;
import lab.eulogin.stack.demo.DemoServices;
import lab.eulogin.stack.demo.DemoSupportStaff;

/**
 * The whole lab in one process: the lab clock, the mail emulator, the SMS emulator, the IdP
 * (sending its mail and SMS to those two) and the demo services. Closing it stops everything in
 * the reverse order of starting.
 */
public final class Lab implements AutoCloseable {
    /**
     * The work factors of the test labs' password hash and PIN keys, the lowest PBKDF2 takes here:
     * the scenarios sign in hundreds of times, in a JVM that leaves the cores to the browsers (no
     * optimising compiler, so a hash costs ten times more there), and what the real cost is worth
     * is measured by the IdP's benchmark, not by them. ./lab demo keeps the configured ones.
     */
    private static final int TEST_PASSWORD_ITERATIONS = 1_000;
    private static final int TEST_PIN_ITERATIONS = 1_000;

    private final LabConfig config;
    private final LabClock clock;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private MailEmulator mail;
    private SmsEmulator sms;
    private IdpServer idp;
    private DemoServices demo;
    private ReadinessServer ready;

    private final boolean testHashes;
    private final String jdbcUrl;

    private Lab(LabConfig config, LabClock clock, boolean testHashes, String jdbcUrl) {
        this.config = config;
        this.clock = clock;
        this.testHashes = testHashes;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Starts the lab, or refuses before starting anything when a port or the data folder is taken.
     *
     * @throws StartRefused with a one-line message naming what is taken and the option that changes it
     */
    public static Lab start(LabConfig config) {
        return start(config, false, () -> { });
    }

    /**
     * As {@link #start(LabConfig)}, running {@code meanwhile} on this thread, before the lab's
     * parts start, while another thread opens the IdP's database file: {@code ./lab demo} sets up
     * its logging there, which leaves the other core idle, and H2's part of a restart needs none.
     */
    public static Lab start(LabConfig config, Runnable meanwhile) {
        return start(config, false, meanwhile);
    }

    private static Lab start(LabConfig config, boolean testHashes, Runnable meanwhile) {
        PortCheck.requireFree(config.host(), config.ports());
        DataFolderCheck.requireUnused(config);
        // Once: without a data folder, each call names a new in-memory database.
        String jdbcUrl = config.jdbcUrl();
        // Kept open until the IdP's pool has the database open too, or the file would close again.
        CompletableFuture<Connection> fileOpening = config.dataDir() == null ? CompletableFuture.completedFuture(null)
                : beside("database-file", () -> Database.openFileAhead(jdbcUrl));
        try {
            meanwhile.run();
            Lab lab = new Lab(config, LabClock.system(), testHashes, jdbcUrl);
            try {
                lab.startAll();
            } catch (RuntimeException | Error e) {
                // An Error too (a class missing from a broken jar, say): what did start must not keep its ports.
                try {
                    lab.close();
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
            return lab;
        } finally {
            fileOpening.thenAccept(Lab::closeAhead);
        }
    }

    private static void closeAhead(Connection opened) {
        if (opened == null) {
            return;
        }
        try {
            opened.close();
        } catch (SQLException e) {
            // The pool has the database open, or the start failed and says why; nothing is lost.
        }
    }

    /**
     * The whole lab on free ports with a private in-memory database and lab mode on, hashing with
     * the tests' work factors.
     */
    public static Lab startForTests() {
        return start(LabConfig.forTests(), true, () -> { });
    }

    /** With this configuration, hashing with the tests' work factors. */
    static Lab startForTests(LabConfig config) {
        return start(config, true, () -> { });
    }

    /** As {@link #startForTests()}, with this service registry instead of the lab's own (null: the lab's). */
    public static Lab startForTests(Path servicesFile) {
        return start(LabConfig.forTests().withServicesFile(servicesFile), true, () -> { });
    }

    private void startAll() {
        // Each part starts as soon as what it needs is there, so that both cores stay busy: the mail
        // emulator and the IdP's database beside the SMS emulator (on this thread), the IdP as soon as
        // its database is open, then the demo services. Both need only the emulators' addresses: on
        // configured ports (./lab demo) they are known beforehand; on free ports (tests) they wait
        // until both emulators are bound.
        CompletableFuture<MailEmulator> mailStarting = beside("mail", () -> MailEmulator.start(
                new MailEmulatorConfig(config.host(), config.mailWebPort(), config.smtpPort(), config.imapPort())
                        .withDataDir(config.dataDir()), clock));
        CompletableFuture<Database> databaseOpening = beside("database", () -> Database.open(jdbcUrl));
        CompletableFuture<SmsEmulator> smsStarting = new CompletableFuture<>();
        CompletableFuture<EmulatorAddresses> addresses = config.smtpPort() != 0 && config.smsPort() != 0
                && config.mailWebPort() != 0
                ? CompletableFuture.completedFuture(new EmulatorAddresses(config.smtpPort(),
                        smsConfig().baseUrl(config.smsPort()), config.mailWebPort(), config.smsPort()))
                : mailStarting.thenCombine(smsStarting, EmulatorAddresses::of);
        CompletableFuture<IdpServer> idpStarting = databaseOpening.thenCombine(addresses, this::startIdp);
        CompletableFuture<DemoServices> demoStarting = config.demoServices()
                ? idpStarting.thenCombine(addresses, this::startDemoServices)
                : CompletableFuture.completedFuture(null);
        try {
            smsStarting.complete(startSms());
        } catch (RuntimeException | Error e) {
            smsStarting.completeExceptionally(e);
        }
        // Each part is waited for, so that what did start is stopped again when another part failed.
        RuntimeException failed = null;
        for (CompletableFuture<? extends AutoCloseable> part
                : List.of(mailStarting, smsStarting, databaseOpening, idpStarting, demoStarting)) {
            try {
                AutoCloseable up = joined(part);
                if (up != null) { // the demo services, when off
                    started(up);
                }
            } catch (RuntimeException e) {
                if (failed == null) {
                    failed = e;
                } else if (e != failed) {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        mail = mailStarting.join();
        sms = smsStarting.join();
        idp = idpStarting.join();
        demo = demoStarting.join();
        // Last, so that it answers only once everything else is up.
        Map<String, String> frontDoors = new LinkedHashMap<>();
        frontDoors.put("idp", idpUrl());
        frontDoors.put("sms", smsUrl());
        frontDoors.put("mail", mailUrl());
        frontDoors.put("smtpPort", String.valueOf(smtpPort()));
        frontDoors.put("imapPort", String.valueOf(imapPort()));
        if (demo != null) {
            frontDoors.put("demo", demoUrl());
        }
        ready = started(ReadinessServer.start(config.host(), config.readyPort(), frontDoors));
    }

    /** The IdP on its opened database, with the demo's people when asked for. */
    private IdpServer startIdp(Database database, EmulatorAddresses emulators) {
        // The database this lab opened: without a data folder, each config.jdbcUrl() names a new one.
        IdpConfig idpConfig = idpConfig(config, emulators).withJdbcUrl(jdbcUrl);
        if (testHashes) {
            idpConfig = idpConfig.withPbkdf2Iterations(TEST_PASSWORD_ITERATIONS)
                    .withDevicePolicy(idpConfig.devicePolicy().withPinIterations(TEST_PIN_ITERATIONS));
        }
        IdpServer idp = IdpServer.start(idpConfig, clock, database);
        if (config.demoAccounts()) {
            try {
                DemoAccounts.seed(idp.accountAdmin(), clock);
                DemoSupportStaff.seed(idp.supportStaff());
            } catch (RuntimeException e) {
                idp.close();
                throw e;
            }
        }
        return idp;
    }

    /** The demo pages link to the IdP and to both emulators. */
    private DemoServices startDemoServices(IdpServer idp, EmulatorAddresses emulators) {
        return DemoServices.start(config.host(), config.demoPort(), port -> config.publicUrl("127.0.0.1", port),
                new DemoServices.Links(idp.baseUrl(), "http://" + config.connectHost() + ":" + idp.port(),
                        config.publicUrl("127.0.0.1", emulators.mailWebPort()),
                        config.publicUrl("127.0.0.1", emulators.smsPort())), clock);
    }

    /** The SMS emulator keeps its phones, messages and apps in the data folder too, beside the IdP's database. */
    private SmsEmulator startSms() {
        try {
            return SmsEmulator.start(smsConfig(), clock);
        } catch (DataFolderRefused refused) {
            throw new StartRefused(refused.getMessage() + "; choose another folder with "
                    + LabOptions.howToSet(LabOptions.DATA) + ".");
        }
    }

    private SmsEmulatorConfig smsConfig() {
        SmsEmulatorConfig sms = new SmsEmulatorConfig(config.host(), config.smsPort(), null, null);
        return config.dataDir() == null ? sms : sms.withDataFolder(config.dataDir());
    }

    private static <T> CompletableFuture<T> beside(String part, Supplier<T> starting) {
        return CompletableFuture.supplyAsync(starting, task -> new Thread(task, "lab-start-" + part).start());
    }

    private static <T> T joined(CompletableFuture<T> starting) {
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * The emulators' ports and the SMS emulator's address: where the IdP sends its mail (SMTP), its
     * SMS and pushes, and where the demo pages link to (the web mailbox, the phones).
     */
    record EmulatorAddresses(int smtpPort, String smsUrl, int mailWebPort, int smsPort) {
        static EmulatorAddresses of(MailEmulator mail, SmsEmulator sms) {
            return new EmulatorAddresses(mail.smtpPort(), sms.baseUrl(), mail.webPort(), sms.port());
        }
    }

    /** The one place where the IdP is pointed at the lab's mail and SMS emulators. */
    static IdpConfig idpConfig(LabConfig config, EmulatorAddresses emulators) {
        IdpConfig idp = IdpConfig.defaults();
        if (config.idpPort() != 0) {
            // The address browsers use; on a free port (tests, never with a public host) the IdP derives it once bound.
            idp = idp.withPublicUrl(config.publicUrl("localhost", config.idpPort()));
        }
        return idp
                .withHost(config.host())
                .withPort(config.idpPort())
                .withLabMode(config.labMode())
                .withJdbcUrl(config.jdbcUrl())
                .withSmtp(config.connectHost(), emulators.smtpPort())
                .withSmsGatewayUrl(emulators.smsUrl())
                .withDevicePolicy(DevicePolicy.defaults().withPushUrl(emulators.smsUrl() + SmsEmulator.PUSH_PATH))
                .withCasPolicy(CasPolicy.defaults().withServiceRegistry(config.servicesFile()));
    }

    private <T extends AutoCloseable> T started(T part) {
        started.push(part);
        return part;
    }

    public LabConfig config() { return config; }
    public LabClock clock() { return clock; }
    public String idpUrl() { return idp.baseUrl(); }
    public String smsUrl() { return config.publicUrl("127.0.0.1", sms.port()); }
    public String mailUrl() { return config.publicUrl("127.0.0.1", mail.webPort()); }
    /** The demo services' address; none when they are turned off. */
    public String demoUrl() {
        if (demo == null) {
            throw new IllegalStateException("The demo services are off (--demo-services off)");
        }
        return demo.baseUrl();
    }
    /** Where {@code GET /ready} answers, on loopback. */
    public String readyUrl() { return "http://" + config.connectHost() + ":" + ready.port() + ReadinessServer.PATH; }
    public int smtpPort() { return mail.smtpPort(); }
    public int imapPort() { return mail.imapPort(); }

    IdpServer idp() { return idp; }
    MailEmulator mail() { return mail; }
    SmsEmulator sms() { return sms; }

    /** Stops what was started, newest first; one part failing to stop does not keep the others running. */
    @Override
    public synchronized void close() {
        RuntimeException first = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = new IllegalStateException("The lab did not stop cleanly", e);
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
