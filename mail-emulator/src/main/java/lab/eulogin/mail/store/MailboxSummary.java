package lab.eulogin.mail.store;

import java.time.Instant;

/** A mailbox (one recipient address) with how much it holds. */
public record MailboxSummary(String address, int inbox, int junk, Instant lastArrival) {
    public int total() {
        return inbox + junk;
    }
}
