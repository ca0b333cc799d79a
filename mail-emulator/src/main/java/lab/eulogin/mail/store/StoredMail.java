package lab.eulogin.mail.store;

import java.time.Instant;
import java.util.List;

/**
 * A message in the store. The body is kept only as its raw source and parsed when shown, which
 * keeps 100,000 messages within a modest heap.
 *
 * @param id   stable and increasing, never reused (not even after a purge)
 * @param date the lab clock at arrival
 */
public record StoredMail(long id, String mailbox, Folder folder, long imapUid, String from, List<String> to,
                         String subject, Instant date, byte[] raw) {

    static StoredMail of(long id, Instant date, NewMail mail) {
        return new StoredMail(id, mail.mailbox(), mail.folder(), mail.imapUid(), mail.from(), mail.to(),
                mail.subject(), date, mail.raw());
    }

    public int size() {
        return raw.length;
    }
}
