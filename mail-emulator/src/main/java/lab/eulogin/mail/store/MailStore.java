package lab.eulogin.mail.store;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every message the emulator holds, numbered in arrival order and indexed by mailbox. Bounded: past
 * the capacity the oldest message goes first. Waiting for the next message is signalled, not polled:
 * a waiter is a future completed by the arrival that matches it.
 */
public final class MailStore {
    private final int capacity;
    private final Clock clock;
    private final TreeMap<Long, StoredMail> all = new TreeMap<>();
    private final Map<String, Mailbox> mailboxes = new HashMap<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private long lastId;
    private volatile Listener listener = Listener.NONE;

    public MailStore(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Told of messages deleted, dropped for room or purged, so copies elsewhere (IMAP) go too. */
    public interface Listener {
        Listener NONE = new Listener() {
            @Override
            public void removed(List<StoredMail> mails) {
            }

            @Override
            public void purged() {
            }
        };

        void removed(List<StoredMail> mails);

        void purged();
    }

    public void onRemoved(Listener listener) {
        this.listener = listener;
    }

    public StoredMail add(NewMail mail) {
        StoredMail stored;
        List<StoredMail> evicted = new ArrayList<>();
        List<Waiter> woken = new ArrayList<>();
        synchronized (this) {
            stored = StoredMail.of(++lastId, clock.instant(), mail);
            all.put(stored.id(), stored);
            mailboxes.computeIfAbsent(stored.mailbox(), key -> new Mailbox()).add(stored);
            while (all.size() > capacity) {
                StoredMail oldest = all.pollFirstEntry().getValue();
                forget(oldest);
                evicted.add(oldest);
            }
            for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
                Waiter waiter = it.next();
                if (waiter.wants(stored)) {
                    it.remove();
                    woken.add(waiter);
                }
            }
        }
        // Outside the lock: completing a future runs its followers, which must not hold up arrivals.
        woken.forEach(waiter -> waiter.complete(stored));
        if (!evicted.isEmpty()) {
            listener.removed(evicted);
        }
        return stored;
    }

    public synchronized Optional<StoredMail> get(long id) {
        return Optional.ofNullable(all.get(id));
    }

    public boolean delete(long id) {
        StoredMail removed;
        synchronized (this) {
            removed = all.remove(id);
            if (removed != null) {
                forget(removed);
            }
        }
        if (removed == null) {
            return false;
        }
        listener.removed(List.of(removed));
        return true;
    }

    /** Empties the store; ids keep counting up. Returns how many messages went. */
    public int purge() {
        int removed;
        synchronized (this) {
            removed = all.size();
            all.clear();
            mailboxes.clear();
        }
        listener.purged();
        return removed;
    }

    public synchronized int size() {
        return all.size();
    }

    public synchronized Page<StoredMail> find(MailQuery query) {
        NavigableMap<Long, StoredMail> source;
        if (query.mailbox() == null) {
            source = all;
        } else {
            Mailbox mailbox = mailboxes.get(query.mailbox());
            source = mailbox == null ? new TreeMap<>() : mailbox.messages;
        }
        long skip = (long) (query.page() - 1) * query.size();
        List<StoredMail> items = new ArrayList<>(Math.min(query.size(), source.size()));
        long total = 0;
        for (StoredMail mail : source.descendingMap().values()) {
            if (query.matches(mail)) {
                if (total >= skip && items.size() < query.size()) {
                    items.add(mail);
                }
                total++;
            }
        }
        return new Page<>(items, total, query.page(), query.size());
    }

    public synchronized List<MailboxSummary> mailboxes() {
        return mailboxes.entrySet().stream()
                .map(entry -> entry.getValue().summary(entry.getKey()))
                .sorted(Comparator.comparing(MailboxSummary::address))
                .toList();
    }

    /**
     * The first message with an id above {@code afterId}, to {@code mailbox} (null: any) in
     * {@code folder} (null: any): at once if it is already here, else when it arrives. After
     * {@code timeout} the future fails with a {@link TimeoutException}; cancelling it gives up the
     * wait. The waiter is always forgotten before the future completes.
     */
    public CompletableFuture<StoredMail> next(String mailbox, Folder folder, long afterId, Duration timeout) {
        Waiter waiter = new Waiter(Addresses.key(mailbox), folder, afterId);
        synchronized (this) {
            Optional<StoredMail> present = firstAfter(waiter);
            if (present.isPresent()) {
                return CompletableFuture.completedFuture(present.get());
            }
            waiters.add(waiter);
        }
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(waiter::expire);
        return waiter;
    }

    /** How many callers wait for a next message right now. */
    public synchronized int waiting() {
        return waiters.size();
    }

    private Optional<StoredMail> firstAfter(Waiter waiter) {
        NavigableMap<Long, StoredMail> source;
        if (waiter.mailbox == null) {
            source = all;
        } else {
            Mailbox mailbox = mailboxes.get(waiter.mailbox);
            if (mailbox == null) {
                return Optional.empty();
            }
            source = mailbox.messages;
        }
        return source.tailMap(waiter.afterId, false).values().stream().filter(waiter::wants).findFirst();
    }

    private void forget(StoredMail mail) {
        Mailbox mailbox = mailboxes.get(mail.mailbox());
        if (mailbox != null && mailbox.remove(mail)) {
            mailboxes.remove(mail.mailbox());
        }
    }

    private synchronized boolean forget(Waiter waiter) {
        return waiters.remove(waiter);
    }

    /** A caller waiting for a message: the future it holds, completed by the arrival it wants. */
    private final class Waiter extends CompletableFuture<StoredMail> {
        private final String mailbox;
        private final Folder folder;
        private final long afterId;

        Waiter(String mailbox, Folder folder, long afterId) {
            this.mailbox = mailbox;
            this.folder = folder;
            this.afterId = afterId;
        }

        boolean wants(StoredMail mail) {
            return mail.id() > afterId
                    && (mailbox == null || mailbox.equals(mail.mailbox()))
                    && (folder == null || folder == mail.folder());
        }

        void expire() {
            if (forget(this)) {
                completeExceptionally(new TimeoutException("No message after id " + afterId));
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            forget(this);
            return super.cancel(mayInterruptIfRunning);
        }
    }

    /** One address's messages, with the junk count kept as they come and go. */
    private static final class Mailbox {
        final TreeMap<Long, StoredMail> messages = new TreeMap<>();
        int junk;

        void add(StoredMail mail) {
            messages.put(mail.id(), mail);
            if (mail.folder() == Folder.JUNK) {
                junk++;
            }
        }

        /** Returns true when the mailbox is left empty. */
        boolean remove(StoredMail mail) {
            if (messages.remove(mail.id()) != null && mail.folder() == Folder.JUNK) {
                junk--;
            }
            return messages.isEmpty();
        }

        MailboxSummary summary(String address) {
            return new MailboxSummary(address, messages.size() - junk, junk, messages.lastEntry().getValue().date());
        }
    }
}
