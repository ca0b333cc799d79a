package lab.eulogin.mail.imap;

import com.icegreen.greenmail.store.StoredMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messages IMAP clients read last, kept in GreenMail's parsed form (some 6 KB each) so that a
 * mail program listing or re-reading a mailbox does not parse them again; the least recently read
 * go first. Shared by every folder, so its size bounds the heap it takes whatever clients do.
 */
final class ParsedMessages {
    /** About 12 MB: a mailbox of 2,000 messages listed again and again stays parsed. */
    static final int KEPT = 2_000;

    private final Map<Long, StoredMessage> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StoredMessage> eldest) {
            return size() > KEPT;
        }
    };

    synchronized StoredMessage get(long id) {
        return kept.get(id);
    }

    synchronized void put(long id, StoredMessage message) {
        kept.put(id, message);
    }

    synchronized void remove(long id) {
        kept.remove(id);
    }

    /** The id of a message handed out (Jakarta Mail's UIDFolder asks), or -1. */
    synchronized long idOf(Object mimeMessage) {
        for (Map.Entry<Long, StoredMessage> entry : kept.entrySet()) {
            if (entry.getValue().getMimeMessage() == mimeMessage) {
                return entry.getKey();
            }
        }
        return -1;
    }
}
