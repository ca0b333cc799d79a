package lab.eulogin.stack;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import lab.eulogin.stack.demo.DemoAccounts;
import lab.eulogin.stack.demo.DemoSupportStaff;

/**
 * {@code demo}: starts the whole lab on the documented ports and runs until Ctrl-C or SIGTERM.
 * {@code check}: starts a lab on free ports, asks each server for its first page, and stops.
 * Exit codes: 0 stopped normally, checked or help shown; 1 failed while starting or checking;
 * 2 refused (bad command or option, busy port).
 */
public final class LabMain {
    /** The lab's console, set up by {@link #setUpLogging()}: for {@code demo}, while the database file opens. */
    private static Logger log;

    private static final String USAGE = """
            Usage: lab demo [options]   the whole lab, until Ctrl-C
                   lab check            start a lab on free ports, check each server answers, stop
                   lab keys ...         the OpenID Connect signing keys of a stopped lab's data folder

            """ + LabOptions.USAGE + "\n\n" + KeysCommand.USAGE;

    private LabMain() {
    }

    public static void main(String[] argv) throws InterruptedException {
        List<String> args = Arrays.asList(argv);
        if (args.isEmpty() || args.get(0).equals("help") || LabOptions.wantsHelp(args)) {
            System.out.println(USAGE);
            System.exit(args.isEmpty() ? 2 : 0);
        }
        switch (args.get(0)) {
            case "demo" -> demo(args.subList(1, args.size()));
            case "check" -> {
                setUpLogging();
                check();
            }
            case "keys" -> {
                setUpLogging();
                System.exit(KeysCommand.run(args.subList(1, args.size()), System.out, System.err));
            }
            default -> {
                System.err.println("Unknown command " + args.get(0) + "; the commands are demo, check and keys.");
                System.exit(2);
            }
        }
    }

    /** Once, before anything logs; then whatever logs through java.util.logging goes to the same quiet console. */
    private static synchronized void setUpLogging() {
        if (log == null) {
            log = LoggerFactory.getLogger("lab.eulogin.stack");
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static void check() {
        Map<String, String> answers = LabCheck.run();
        answers.forEach((page, answer) -> log.info("  {}  {}", answer, page));
        boolean ok = LabCheck.allAnswered(answers);
        log.info(ok ? "Every server answered." : "Some servers did not answer.");
        System.exit(ok ? 0 : 1);
    }

    private static void demo(List<String> options) throws InterruptedException {
        Lab lab;
        try {
            LabConfig config = LabOptions.parse(options);
            createDataDir(config.dataDir());
            lab = Lab.start(config, LabMain::setUpLogging);
        } catch (LabOptions.BadOption | StartRefused refused) {
            System.err.println(refused.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException failed) {
            setUpLogging();
            log.error("The lab could not start: {}", failed.toString(), failed);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping the lab...");
            try {
                lab.close();
                log.info("Lab stopped.");
            } catch (RuntimeException e) {
                log.error("The lab did not stop cleanly", e);
            } finally {
                stopped.countDown();
            }
        }, "lab-shutdown"));
        printWelcome(lab);
        stopped.await();
    }

    private static void createDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StartRefused("Cannot use " + dataDir.toAbsolutePath() + " as the data folder (" + e.getMessage()
                    + "); choose another with "
                    + LabOptions.howToSet(LabOptions.DATA) + ".");
        }
    }

    private static void printWelcome(Lab lab) {
        LabConfig c = lab.config();
        log.info("""

                EU Login Lab is running (lab mode {}; data in {}).

                  EU Login                 {}/cas/login
                  Create an account        {}/cas/eim/external/register.cgi
                  Web mailbox              {}/
                  Virtual phones (SMS)     {}/
                  Demo services            {}
                  Support console          {}/cas/support
                  SMTP {}:{} and IMAP {}:{} (mail lands in the web mailbox)
                  Ready (GET, 200)         {}
                """,
                c.labMode() ? "on" : "off", c.dataDir().toAbsolutePath().normalize(),
                lab.idpUrl(), lab.idpUrl(), lab.mailUrl(), lab.smsUrl(),
                c.demoServices() ? lab.demoUrl() + "/" : "off (--demo-services)", lab.idpUrl(),
                c.host(), lab.smtpPort(), c.host(), lab.imapPort(), lab.readyUrl());
        if (c.servicesFile() != null) {
            log.info("Applications that may sign in: those of {} (the demo services only if it lists them).",
                    c.servicesFile().toAbsolutePath().normalize());
        }
        if (c.demoAccounts()) {
            log.info("Demo accounts, all with the password {}:", DemoAccounts.PASSWORD);
            int width = DemoAccounts.ALL.stream().mapToInt(demo -> demo.email().length()).max().orElse(0);
            DemoAccounts.ALL.forEach(demo -> log.info("  {}  {}", pad(demo.email(), width), demo.note()));
            log.info("Support console staff, both with the password {}:", DemoSupportStaff.PASSWORD);
            DemoSupportStaff.ALL.forEach(demo -> log.info("  {}  {}", pad(demo.login(), width), demo.note()));
            log.info("");
        }
        log.info("Started in {} s; {} of memory in use. Press Ctrl-C to stop.", seconds(sinceLaunch()), memoryInUse());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /**
     * From the start of the JVM, so the figure is what a person waits for, not just our part.
     * (The process start time the OS reports is rounded to the second, too coarse for this.)
     */
    private static Duration sinceLaunch() {
        return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
    }

    /** The process's resident memory where the system tells it, otherwise the heap in use. */
    private static String memoryInUse() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return (kb / 1024) + " MB";
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // fall through to the heap figure
        }
        Runtime rt = Runtime.getRuntime();
        return ((rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)) + " MB of heap";
    }
}
