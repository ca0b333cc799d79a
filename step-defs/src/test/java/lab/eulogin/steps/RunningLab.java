package lab.eulogin.steps;

import org.slf4j.bridge.SLF4JBridgeHandler;

import lab.eulogin.mail.client.MailApiClient;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.stack.Lab;
import lab.eulogin.steps.clients.LabClockClient;

/**
 * The lab the scenarios run against, in this JVM, on free ports, with an in-memory database and
 * lab mode on. It holds the glue's one static: the lab starts once per run, on first use, and
 * stops when the JVM exits. Scenarios reach it only as a user would, through its URLs.
 */
public class RunningLab {
    private static Lab shared;

    private final Lab lab = shared();

    private static synchronized Lab shared() {
        if (shared == null) {
            // Selenium and others log through java.util.logging: into logback, and so kept quiet.
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
            Lab started = Lab.startForTests();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "lab-stop"));
            shared = started;
        }
        return shared;
    }

    public String idpUrl() { return lab.idpUrl(); }
    public String mailUrl() { return lab.mailUrl(); }
    public String smsUrl() { return lab.smsUrl(); }
    public String demoUrl() { return lab.demoUrl(); }

    public LabClockClient clock() {
        return new LabClockClient(lab.idpUrl());
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
