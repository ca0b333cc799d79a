package lab.eulogin.mail;

import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.time.Clock;
import lab.eulogin.mail.junk.JunkRules;
import lab.eulogin.mail.message.MailParser;
import lab.eulogin.mail.smtp.MailServer;
import lab.eulogin.mail.smtp.SmtpFaults;
import lab.eulogin.mail.store.MailJournal;
import lab.eulogin.mail.store.MailStore;

/**
 * GreenMail (SMTP, IMAP) with a web mailbox and a JSON API. Mail sent to any address is accepted,
 * filed (Inbox or Junk) and kept, newest last, for tests and people to read.
 */
public final class MailEmulator implements AutoCloseable {
    private final MailEmulatorConfig config;
    private final MailJournal journal;
    private final MailServer mailServer;
    private final Undertow web;
    private final int webPort;

    private MailEmulator(MailEmulatorConfig config, MailJournal journal, MailServer mailServer, Undertow web) {
        this.config = config;
        this.journal = journal;
        this.mailServer = mailServer;
        this.web = web;
        this.webPort = ((InetSocketAddress) web.getListenerInfo().get(0).getAddress()).getPort();
    }

    public static MailEmulator start(MailEmulatorConfig config, Clock clock) {
        MailParser.nameStreamProvider();
        MailJournal journal = config.dataDir() == null ? null
                : MailJournal.open(config.dataDir(), clock.instant().getEpochSecond());
        MailServer mailServer = null;
        try {
            MailStore store = new MailStore(config.maxMessages(), clock, journal);
            JunkRules junk = new JunkRules();
            SmtpFaults faults = new SmtpFaults();
            mailServer = MailServer.start(config.host(), config.smtpPort(), config.imapPort(), store, junk, faults,
                    clock);
            Undertow web = Undertow.builder()
                    .addHttpListener(config.webPort(), config.host())
                    .setHandler(Routes.of(store, junk, faults, mailServer))
                    .build();
            web.start();
            return new MailEmulator(config, journal, mailServer, web);
        } catch (RuntimeException e) {
            if (mailServer != null) {
                mailServer.close();
            }
            if (journal != null) {
                journal.close();
            }
            throw e;
        }
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int webPort() {
        return webPort;
    }

    public int smtpPort() {
        return mailServer.smtpPort();
    }

    public int imapPort() {
        return mailServer.imapPort();
    }

    public String webUrl() {
        return "http://" + config.host() + ":" + webPort();
    }

    @Override
    public void close() {
        web.stop();
        mailServer.close();
        if (journal != null) {
            journal.close();
        }
    }
}
