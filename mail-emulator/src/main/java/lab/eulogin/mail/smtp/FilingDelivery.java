package lab.eulogin.mail.smtp;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lab.eulogin.mail.imap.LabImapStore;
import lab.eulogin.mail.junk.JunkRules;
import lab.eulogin.mail.message.MailParser;
import lab.eulogin.mail.store.Addresses;
import lab.eulogin.mail.store.Folder;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.NewMail;

/**
 * GreenMail's delivery step, one recipient at a time: finds or creates the recipient's account
 * (GreenMail's usual login: the address as user name and password), files the message in INBOX or
 * Junk by the junk rules, and records it in the store, which the API, the web mailbox and IMAP read.
 * The store has it (in the data folder's journal, when there is one) before SMTP answers 250.
 */
final class FilingDelivery implements MessageDeliveryHandler {
    private final UserManager users;
    private final LabImapStore imapStore;
    private final MailStore store;
    private final JunkRules junk;

    FilingDelivery(UserManager users, LabImapStore imapStore, MailStore store, JunkRules junk) {
        this.users = users;
        this.imapStore = imapStore;
        this.store = store;
        this.junk = junk;
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress recipient) throws UserException {
        return new FilingUser(account(recipient.getEmail()), this::file);
    }

    GreenMailUser account(String address) throws UserException {
        String mailbox = Addresses.key(address);
        GreenMailUser user = users.getUserByEmail(mailbox);
        return user != null ? user : users.createUser(mailbox, mailbox, mailbox);
    }

    MailFolder imapFolder(GreenMailUser user, Folder folder) throws FolderException {
        return imapStore.folder(users.getImapHostManager(), user, Addresses.key(user.getEmail()), folder);
    }

    private void file(GreenMailUser user, MovingMessage message) {
        try {
            MimeMessage mime = message.getMessage();
            String mailbox = Addresses.key(user.getEmail());
            Folder folder = junk.isJunk(mailbox, senders(message)) ? Folder.JUNK : Folder.INBOX;
            imapFolder(user, folder); // IMAP follows the store from now on, this message included
            MailParser.Envelope envelope = MailParser.envelope(mime);
            store.add(new NewMail(mailbox, folder, envelope.from(), envelope.to(), envelope.subject(), raw(mime)));
        } catch (Exception e) {
            throw new IllegalStateException("Could not file a message for " + user.getEmail(), e);
        }
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
