package lab.eulogin.testkit;

import java.time.Duration;
import java.util.List;

import lab.eulogin.mail.client.MailApiClient;
import lab.eulogin.mail.client.MailMessage;
import lab.eulogin.mail.client.MailboxSummary;

/**
 * One address's mail in the mail emulator, read in order: {@link #next()} waits for the first
 * message this mailbox has not handed out yet (after a reset of the lab, the first one to arrive).
 * Made with {@link LabKit#mailbox(String)}, which gives the same mailbox for the same address.
 */
public final class Mailbox {
    private final MailApiClient api;
    private final String address;
    private final Duration timeout;
    private long lastSeen;

    Mailbox(MailApiClient api, String address, Duration timeout) {
        this.api = api;
        this.address = address;
        this.timeout = timeout;
    }

    public String address() {
        return address;
    }

    /** The next message to this address, waiting for it as long as the kit's timeout. */
    public synchronized MailMessage next() {
        MailMessage message = api.nextMessage(address, lastSeen, timeout)
                .orElseThrow(() -> new AssertionError(noNewMail()));
        lastSeen = message.id();
        return message;
    }

    /** Why nothing came, with what the lab did mail, as the usual causes are a missing account or another address. */
    private String noNewMail() {
        String why = "No new mail to " + address + " within " + timeout.toSeconds() + " s; ";
        List<MailMessage> here = api.messages(address);
        if (!here.isEmpty()) {
            return why + "its mailbox holds only mail handed out already: "
                    + here.stream().map(m -> "'" + m.subject() + "'").toList();
        }
        List<String> others = api.mailboxes().stream().map(MailboxSummary::address).toList();
        return why + "its mailbox is empty. EU Login mails only an address it knows (an account's, or one being"
                + " registered): was the account made first? "
                + (others.isEmpty() ? "No mail came to any address." : "Mail came to " + others + ".");
    }

    /** The first link containing {@code part} in the next message, e.g. {@code nextLink("/cas/")}. */
    public String nextLink(String part) {
        return next().link(part);
    }

    /** From now on, only mail arriving after what is there already (for a test that does not start from a reset). */
    public synchronized Mailbox skipToLatest() {
        api.lastMessage(address).ifPresent(message -> lastSeen = Math.max(lastSeen, message.id()));
        return this;
    }

    /** Every message to this address, in both folders, newest last. */
    public List<MailMessage> all() {
        return api.messages(address);
    }
}
