package lab.eulogin.testkit;

import java.time.Duration;
import java.util.List;

import lab.eulogin.mail.client.MailApiClient;
import lab.eulogin.mail.client.MailMessage;

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
        MailMessage message = api.nextMessage(address, lastSeen, timeout).orElseThrow(() -> new AssertionError(
                "No new mail to " + address + " within " + timeout.toSeconds() + " s; its mailbox holds "
                        + api.messages(address).stream().map(m -> "'" + m.subject() + "'").toList()));
        lastSeen = message.id();
        return message;
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
