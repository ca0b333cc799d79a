package lab.eulogin.sms.gateway;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Message resources the gateway remembers for fetch and list: the newest, up to a capacity.
 * Each one is written to the journal in the order the log takes them.
 */
final class MessageLog {
    private final int capacity;
    private final MessageJournal journal;
    private final LinkedHashMap<String, TwilioMessage> bySid = new LinkedHashMap<>();

    MessageLog(int capacity, MessageJournal journal) {
        this.capacity = capacity;
        this.journal = journal;
    }

    synchronized void add(TwilioMessage message) {
        journal.message(message);
        keep(message);
    }

    /** As the store kept them, oldest first; the journal has them already. */
    synchronized void restore(List<TwilioMessage> kept) {
        kept.forEach(this::keep);
    }

    private void keep(TwilioMessage message) {
        bySid.put(message.sid(), message);
        Iterator<String> oldest = bySid.keySet().iterator();
        while (bySid.size() > capacity) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Replaces the remembered version, unless the message has already been forgotten. */
    synchronized void update(TwilioMessage message) {
        if (bySid.replace(message.sid(), message) != null) {
            journal.message(message);
        }
    }

    synchronized void clear() {
        bySid.clear();
    }

    synchronized Optional<TwilioMessage> get(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    synchronized List<TwilioMessage> newestFirst(Predicate<TwilioMessage> filter) {
        List<TwilioMessage> all = new ArrayList<>(bySid.values());
        List<TwilioMessage> result = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (filter.test(all.get(i))) {
                result.add(all.get(i));
            }
        }
        return result;
    }
}
