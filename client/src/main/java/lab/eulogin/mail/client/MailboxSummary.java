package lab.eulogin.mail.client;

import java.time.Instant;

/** A mailbox (one recipient address) with how much it holds, as {@code /api/mailboxes} lists it. */
public record MailboxSummary(String address, int inbox, int junk, Instant lastArrival) {
    public int total() {
        return inbox + junk;
    }
}
