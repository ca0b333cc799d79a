package lab.eulogin.steps;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.bridge.SLF4JBridgeHandler;

import lab.eulogin.mail.client.MailApiClient;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.stack.Lab;
import lab.eulogin.testkit.LabKit;
import lab.eulogin.testkit.LabRuntimeInfo;
import lab.eulogin.testkit.clients.LabAccountsClient;
import lab.eulogin.testkit.clients.LabClockClient;
import lab.eulogin.testkit.clients.LabProblemReportsClient;

/**
 * The lab the scenarios run against, in this JVM, on free ports, with an in-memory database and
 * lab mode on. Scenarios run two at a time (junit-platform.properties); each worker thread has a
 * lab of its own, started on first use and stopped when the JVM exits, and runs its scenarios
 * one after the other. So what one scenario does to the whole lab (moving the lab clock, a mail
 * server fault) never reaches a scenario running beside it; and after each scenario the worker's
 * lab is reset ({@link LabHooks}), so it never reaches the next one either. Scenarios reach the
 * lab only as a user would, through its URLs.
 */
public class RunningLab {
    private static final ThreadLocal<Lab> PER_WORKER = ThreadLocal.withInitial(RunningLab::start);
    private static final ThreadLocal<LabKit> KIT = ThreadLocal.withInitial(() -> LabKit.connect(
            LabRuntimeInfo.of(PER_WORKER.get())));
    private static final LongAdder RESETS = new LongAdder();
    private static final LongAdder RESET_NANOS = new LongAdder();

    private final Lab lab = PER_WORKER.get();

    private static Lab start() {
        bridgeLogging();
        Lab started = Lab.startForTests();
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "lab-stop"));
        return started;
    }

    private static synchronized void bridgeLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            // Selenium and others log through java.util.logging: into logback, and so kept quiet.
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /**
     * The whole lab as it started (the kit's reset): no accounts, support staff, sessions, mail,
     * phones, apps or faults, and the lab clock at real time.
     */
    public void reset() {
        Duration took = KIT.get().reset();
        RESETS.increment();
        RESET_NANOS.add(took.toNanos());
    }

    /** How many resets ran in this JVM, and how long they took together (for the run's summary). */
    public static String resetsSummary() {
        return String.format("%d lab resets between scenarios, %.1f s in all", RESETS.sum(),
                RESET_NANOS.sum() / 1e9);
    }

    public String idpUrl() { return lab.idpUrl(); }
    public String mailUrl() { return lab.mailUrl(); }
    public String smsUrl() { return lab.smsUrl(); }
    public String demoUrl() { return lab.demoUrl(); }

    public LabClockClient clock() {
        return new LabClockClient(lab.idpUrl());
    }

    /** Accounts made as the operator makes them, and the helpdesk's unlock. */
    public LabAccountsClient accounts() {
        return new LabAccountsClient(lab.idpUrl());
    }

    /** The code of the captcha the IdP last showed to the browser with this lab client id (FAQ ACC-03). */
    public String captchaShownTo(String labClientId) {
        return accounts().captchaShownTo(labClientId);
    }

    /** Every problem report EU Login keeps about an account, as stored (FAQ PWD-03 looks through them). */
    public LabProblemReportsClient problemReports() {
        return new LabProblemReportsClient(lab.idpUrl());
    }

    /** The mail emulator's JSON API, for steps about mail that a person would not read in the web mailbox. */
    public MailApiClient mailApi() {
        return new MailApiClient(lab.mailUrl());
    }

    /** The SMS emulator's JSON API: the virtual phones and their inboxes. */
    public SmsApiClient smsApi() {
        return new SmsApiClient(lab.smsUrl());
    }
}
