package lab.eulogin.mail.smtp;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import lab.eulogin.mail.junk.JunkRules;
import lab.eulogin.mail.message.MailParser;
import lab.eulogin.mail.store.Addresses;
import lab.eulogin.mail.store.Folder;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.NewMail;

/**
 * GreenMail's delivery step, one recipient at a time: finds or creates the recipient's account
 * (GreenMail's usual login: the address as user name and password), files the message in INBOX or
 * Junk by the junk rules, and records it in the store the API and web mailbox read.
 */
final class FilingDelivery implements MessageDeliveryHandler {
    private final UserManager users;
    private final ImapHostManager imap;
    private final MailStore store;
    private final JunkRules junk;
    private final Clock clock;

    FilingDelivery(UserManager users, MailStore store, JunkRules junk, Clock clock) {
        this.users = users;
        this.imap = users.getImapHostManager();
        this.store = store;
        this.junk = junk;
        this.clock = clock;
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress recipient) throws UserException {
        String mailbox = Addresses.key(recipient.getEmail());
        GreenMailUser user = users.getUserByEmail(mailbox);
        if (user == null) {
            user = users.createUser(mailbox, mailbox, mailbox);
        }
        return new FilingUser(user, this::file);
    }

    private void file(GreenMailUser user, MovingMessage message) {
        try {
            MimeMessage mime = message.getMessage();
            String mailbox = Addresses.key(user.getEmail());
            Folder folder = junk.isJunk(mailbox, senders(message)) ? Folder.JUNK : Folder.INBOX;
            long uid = folder(user, folder).appendMessage(mime, new Flags(), Date.from(clock.instant()));
            MailParser.Envelope envelope = MailParser.envelope(mime);
            store.add(new NewMail(mailbox, folder, uid, envelope.from(), envelope.to(), envelope.subject(), raw(mime)));
        } catch (Exception e) {
            throw new IllegalStateException("Could not file a message for " + user.getEmail(), e);
        }
    }

    MailFolder folder(GreenMailUser user, Folder folder) throws Exception {
        if (folder == Folder.INBOX) {
            return imap.getInbox(user);
        }
        MailFolder junkFolder = imap.getFolder(user, Folder.JUNK.label());
        return junkFolder != null ? junkFolder : imap.createMailbox(user, Folder.JUNK.label());
    }

    /** The envelope sender and the From header: a sender rule matches either. */
    private static List<String> senders(MovingMessage message) throws MessagingException {
        List<String> senders = new ArrayList<>();
        if (message.getReturnPath() != null) {
            senders.add(message.getReturnPath().getEmail());
        }
        Address[] from = message.getMessage().getFrom();
        if (from != null) {
            for (Address address : from) {
                if (address instanceof InternetAddress internet) {
                    senders.add(internet.getAddress());
                }
            }
        }
        return senders;
    }

    private static byte[] raw(MimeMessage mime) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        mime.writeTo(out);
        return out.toByteArray();
    }
}
