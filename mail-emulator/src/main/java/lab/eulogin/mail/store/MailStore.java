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
 *
 * <p>With a {@link MailJournal} (the lab's data folder) every change is in the journal before the
 * method returns, and the bodies are read from it; without one, everything stays in the heap.
 */
public final class MailStore {
    private final int capacity;
    private final Clock clock;
    private final MailJournal journal;
    private final long uidValidity;
    private final TreeMap<Long, StoredMail> all = new TreeMap<>();
    private final Map<String, Mailbox> mailboxes = new HashMap<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private long lastId;
    private volatile Listener listener = Listener.NONE;

    /** A store in the heap only: what it holds is gone when the process ends. */
    public MailStore(int capacity, Clock clock) {
        this(capacity, clock, null);
    }

    /** A store kept in {@code journal} (null: in the heap only), filled with what the journal holds. */
    public MailStore(int capacity, Clock clock, MailJournal journal) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.clock = clock;
        this.journal = journal;
        if (journal == null) {
            uidValidity = clock.instant().getEpochSecond();
        } else {
            MailJournal.Contents contents = journal.load();
            uidValidity = contents.uidValidity();
            lastId = contents.lastId();
            List<StoredMail> evicted = new ArrayList<>();
            for (StoredMail mail : contents.mails()) {
                index(mail, evicted);
            }
            if (!evicted.isEmpty()) {
                journal.deleted(evicted); // the capacity was lowered since
            }
        }
    }

    /**
     * Told of every change, with the store's lock held (so that a copy elsewhere, IMAP's folders,
     * sees them in order): it must not call back into the store.
     */
    public interface Listener {
        Listener NONE = new Listener() {
            @Override
            public void removed(List<StoredMail> mails) {
            }

            @Override
            public void purged() {
            }
        };

        default void added(StoredMail mail) {
        }

        void removed(List<StoredMail> mails);

        void purged();
    }

    public void listen(Listener listener) {
        this.listener = listener;
    }

    /** IMAP's UIDVALIDITY: ids are UIDs, so it changes only when ids start again (a store without a journal). */
    public long uidValidity() {
        return uidValidity;
    }

    /** The id the next message will have. */
    public synchronized long nextId() {
        return lastId + 1;
    }

    public StoredMail add(NewMail mail) {
        StoredMail stored;
        List<Waiter> woken = new ArrayList<>();
        synchronized (this) {
            StoredMail arrived = StoredMail.of(lastId + 1, clock.instant(), mail);
            // In the journal before anything can see it: what is answered as accepted is in the file.
            stored = journal == null ? arrived : journal.append(arrived);
            lastId++;
            List<StoredMail> evicted = new ArrayList<>();
            index(stored, evicted);
            if (journal != null && !evicted.isEmpty()) {
                journal.deleted(evicted);
            }
            listener.added(stored);
            if (!evicted.isEmpty()) {
                listener.removed(evicted);
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
        return stored;
    }

    private void index(StoredMail stored, List<StoredMail> evicted) {
        all.put(stored.id(), stored);
        mailboxes.computeIfAbsent(stored.mailbox(), key -> new Mailbox()).add(stored);
        while (all.size() > capacity) {
            StoredMail oldest = all.pollFirstEntry().getValue();
            forget(oldest);
            evicted.add(oldest);
        }
    }

    /**
     * Runs {@code follow} and then gives the ids of the messages in {@code folder} of
     * {@code mailbox}, oldest first, with the lock held: a copy that starts following the store
     * in {@code follow} misses nothing and sees nothing twice.
     */
    public synchronized void follow(String mailbox, Folder folder, Runnable follow, java.util.function.LongConsumer ids) {
        follow.run();
        Mailbox box = mailboxes.get(Addresses.key(mailbox));
        if (box != null) {
            for (StoredMail mail : box.messages.values()) {
                if (mail.folder() == folder) {
                    ids.accept(mail.id());
                }
            }
        }
    }

    /** Deletes these messages (those still here), as one change. */
    public void delete(java.util.Collection<Long> ids) {
        synchronized (this) {
            List<StoredMail> removed = new ArrayList<>();
            for (long id : ids) {
                StoredMail mail = all.remove(id);
                if (mail != null) {
                    forget(mail);
                    removed.add(mail);
                }
            }
            if (!removed.isEmpty()) {
                if (journal != null) {
                    journal.deleted(removed);
                }
                listener.removed(removed);
            }
        }
    }

    public synchronized Optional<StoredMail> get(long id) {
        return Optional.ofNullable(all.get(id));
    }

    public synchronized boolean delete(long id) {
        StoredMail removed = all.remove(id);
        if (removed == null) {
            return false;
        }
        forget(removed);
        if (journal != null) {
            journal.deleted(List.of(removed));
        }
        listener.removed(List.of(removed));
        return true;
    }

    /** Empties the store (and its journal); ids keep counting up. Returns how many messages went. */
    public synchronized int purge() {
        int removed = all.size();
        all.clear();
        mailboxes.clear();
        if (journal != null) {
            journal.purged(lastId);
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
