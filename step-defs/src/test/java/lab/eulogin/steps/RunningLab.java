package lab.eulogin.steps;

import org.slf4j.bridge.SLF4JBridgeHandler;

import lab.eulogin.mail.client.MailApiClient;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.stack.Lab;
import lab.eulogin.testkit.clients.LabAccountsClient;
import lab.eulogin.testkit.clients.LabClockClient;

/**
 * The lab the scenarios run against, in this JVM, on free ports, with an in-memory database and
 * lab mode on. Scenarios run two at a time (junit-platform.properties); each worker thread has a
 * lab of its own, started on first use and stopped when the JVM exits, and runs its scenarios
 * one after the other. So what one scenario does to the whole lab (moving the lab clock, a mail
 * server fault) never reaches a scenario running beside it. Scenarios reach the lab only as a
 * user would, through its URLs.
 */
public class RunningLab {
    private static final ThreadLocal<Lab> PER_WORKER = ThreadLocal.withInitial(RunningLab::start);

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

    /** The mail emulator's JSON API, for steps about mail that a person would not read in the web mailbox. */
    public MailApiClient mailApi() {
        return new MailApiClient(lab.mailUrl());
    }

    /** The SMS emulator's JSON API: the virtual phones and their inboxes. */
    public SmsApiClient smsApi() {
        return new SmsApiClient(lab.smsUrl());
    }
}
