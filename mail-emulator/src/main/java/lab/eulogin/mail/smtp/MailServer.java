package lab.eulogin.mail.smtp;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Clock;
import lab.eulogin.mail.imap.LabImapStore;
import lab.eulogin.mail.junk.JunkRules;
import lab.eulogin.mail.store.Folder;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.MailboxSummary;

/**
 * The SMTP and IMAP side: GreenMail, with deliveries filed by the lab in its store, and IMAP's
 * INBOX and Junk read from that store (so a message deleted, purged or dropped for room also
 * leaves IMAP, and one expunged over IMAP leaves the store).
 */
public final class MailServer implements AutoCloseable {
    private final LabGreenMail greenMail;

    private MailServer(LabGreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailServer start(String host, int smtpPort, int imapPort, MailStore store, JunkRules junk,
                                   SmtpFaults faults, Clock clock) {
        ServerSetup[] setups = {
                new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP)};
        LabImapStore imapStore = new LabImapStore(store);
        LabGreenMail greenMail = new LabGreenMail(setups, faults, imapStore);
        UserManager users = greenMail.getUserManager();
        FilingDelivery delivery = new FilingDelivery(users, imapStore, store, junk);
        users.setMessageDeliveryHandler(delivery);
        // The accounts of the mail kept from before a restart, so that IMAP shows it at once.
        for (MailboxSummary mailbox : store.mailboxes()) {
            try {
                GreenMailUser user = delivery.account(mailbox.address());
                delivery.imapFolder(user, Folder.INBOX);
                if (mailbox.junk() > 0) {
                    delivery.imapFolder(user, Folder.JUNK);
                }
            } catch (UserException | FolderException e) {
                throw new IllegalStateException("Cannot open the IMAP account of " + mailbox.address(), e);
            }
        }
        greenMail.start();
        return new MailServer(greenMail);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
