package lab.eulogin.mail.store;

import java.time.Instant;
import java.util.List;

/**
 * A message in the store. The body is kept only as its raw source (in the heap, or in the data
 * folder's journal) and parsed when shown, which keeps 100,000 messages within a modest heap.
 *
 * @param id   stable and increasing, never reused (not even after a purge or a restart); also its IMAP UID
 * @param date the lab clock at arrival
 */
public record StoredMail(long id, String mailbox, Folder folder, String from, List<String> to,
                         String subject, Instant date, MailBody body) {

    static StoredMail of(long id, Instant date, NewMail mail) {
        return new StoredMail(id, mail.mailbox(), mail.folder(), mail.from(), mail.to(), mail.subject(), date,
                new InMemory(mail.raw()));
    }

    StoredMail withBody(MailBody other) {
        return new StoredMail(id, mailbox, folder, from, to, subject, date, other);
    }

    /** The source as received, headers included. */
    public byte[] raw() {
        return body.bytes();
    }

    public int size() {
        return body.size();
    }
}
