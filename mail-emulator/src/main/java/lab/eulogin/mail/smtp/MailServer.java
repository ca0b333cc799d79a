package lab.eulogin.mail.smtp;

import com.icegreen.greenmail.imap.commands.IdRange;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lab.eulogin.mail.junk.JunkRules;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.StoredMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP and IMAP side: GreenMail, with deliveries filed by the lab and kept in step with the
 * store (a message deleted, purged or dropped for room also leaves IMAP).
 */
public final class MailServer implements MailStore.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MailServer.class);

    private final LabGreenMail greenMail;
    private final FilingDelivery delivery;

    private MailServer(LabGreenMail greenMail, FilingDelivery delivery) {
        this.greenMail = greenMail;
        this.delivery = delivery;
    }

    public static MailServer start(String host, int smtpPort, int imapPort, MailStore store, JunkRules junk,
                                   SmtpFaults faults, Clock clock) {
        ServerSetup[] setups = {
                new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP)};
        LabGreenMail greenMail = new LabGreenMail(setups, faults);
        UserManager users = greenMail.getUserManager();
        FilingDelivery delivery = new FilingDelivery(users, store, junk, clock);
        users.setMessageDeliveryHandler(delivery);
        greenMail.start();
        MailServer server = new MailServer(greenMail, delivery);
        store.onRemoved(server);
        return server;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    @Override
    public void removed(List<StoredMail> mails) {
        Map<String, List<StoredMail>> byFolder = mails.stream()
                .collect(Collectors.groupingBy(mail -> mail.mailbox() + "\n" + mail.folder()));
        byFolder.values().forEach(this::expunge);
    }

    @Override
    public void purged() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            LOG.warn("Could not purge the IMAP mailboxes", e);
        }
    }

    /** Flags the messages (all in one folder) deleted and expunges just those. */
    private void expunge(List<StoredMail> mails) {
        StoredMail first = mails.get(0);
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(first.mailbox());
        if (user == null) {
            return;
        }
        try {
            MailFolder folder = delivery.folder(user, first.folder());
            IdRange[] uids = new IdRange[mails.size()];
            for (int i = 0; i < uids.length; i++) {
                long uid = mails.get(i).imapUid();
                StoredMessage message = folder.getMessage(uid);
                if (message != null) {
                    message.setFlag(Flags.Flag.DELETED, true);
                }
                uids[i] = new IdRange(uid);
            }
            folder.expunge(uids);
        } catch (Exception e) {
            // Already gone (an IMAP client expunged it first): nothing left to do.
            LOG.debug("Could not expunge from {}", first.mailbox(), e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
