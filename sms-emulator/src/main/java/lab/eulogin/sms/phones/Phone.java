package lab.eulogin.sms.phones;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * One virtual handset: its state, its inbox (newest last, oldest dropped beyond the capacity) and
 * the messages the network holds for it while it is unreachable. One lock guards all three, and a
 * condition wakes whoever waits for the next message. Each change is written to the journal under
 * that lock, before the change is answered.
 */
public final class Phone {
    private final String number;
    private final int capacity;
    private final PhoneJournal journal;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<InboxMessage> inbox = new ArrayDeque<>();
    private final ArrayDeque<Sms> held = new ArrayDeque<>();
    private PhoneState state = PhoneState.defaults();
    private boolean closed;

    Phone(String number, int capacity) {
        this(number, capacity, PhoneJournal.NONE);
    }

    Phone(String number, int capacity, PhoneJournal journal) {
        this.number = number;
        this.capacity = capacity;
        this.journal = journal;
    }

    /** The phone as the store kept it; nothing is written to the journal, which has it already. */
    static Phone restored(RestoredPhone kept, int capacity, PhoneJournal journal) {
        Phone phone = new Phone(kept.number(), capacity, journal);
        phone.state = kept.state();
        phone.inbox.addAll(kept.inbox());
        phone.held.addAll(kept.held());
        while (phone.inbox.size() > capacity) {
            phone.inbox.removeFirst();
        }
        return phone;
    }

    public String number() {
        return number;
    }

    public PhoneState state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    /** The inbox, oldest first. */
    public List<InboxMessage> messages() {
        lock.lock();
        try {
            return List.copyOf(inbox);
        } finally {
            lock.unlock();
        }
    }

    public int inboxSize() {
        lock.lock();
        try {
            return inbox.size();
        } finally {
            lock.unlock();
        }
    }

    /** How many messages the network holds until the phone is reachable again. */
    public int waitingInNetwork() {
        lock.lock();
        try {
            return held.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The first message with an id above {@code afterId}, waiting up to {@code timeout} for it to
     * arrive; empty on timeout.
     */
    public Optional<InboxMessage> awaitAfter(long afterId, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<InboxMessage> found = firstAfter(afterId);
                if (found.isPresent() || closed || nanos <= 0) {
                    return found;
                }
                nanos = arrived.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    List<DeliveryReport> receive(Sms sms, Instant now, LongSupplier ids) {
        lock.lock();
        try {
            if (state.reachable()) {
                return List.of(arrive(sms, now, ids));
            }
            held.addLast(sms);
            journal.held(sms);
            if (held.size() > capacity) {
                Sms dropped = held.removeFirst();
                journal.released(number, dropped.sid());
                return List.of(new DeliveryReport(dropped, DeliveryReport.Outcome.DROPPED, now));
            }
            return List.of();
        } finally {
            lock.unlock();
        }
    }

    List<DeliveryReport> changeState(UnaryOperator<PhoneState> change, Instant now, LongSupplier ids) {
        lock.lock();
        try {
            state = change.apply(state);
            journal.phoneState(number, state);
            List<DeliveryReport> reports = new ArrayList<>();
            while (state.reachable() && !held.isEmpty()) {
                Sms waiting = held.removeFirst();
                journal.released(number, waiting.sid());
                reports.add(arrive(waiting, now, ids));
            }
            return reports;
        } finally {
            lock.unlock();
        }
    }

    List<DeliveryReport> expireHeld(Instant now) {
        lock.lock();
        try {
            List<DeliveryReport> reports = new ArrayList<>();
            for (Iterator<Sms> it = held.iterator(); it.hasNext(); ) {
                Sms sms = it.next();
                if (now.isAfter(sms.validUntil())) {
                    it.remove();
                    journal.released(number, sms.sid());
                    reports.add(new DeliveryReport(sms, DeliveryReport.Outcome.EXPIRED, now));
                }
            }
            return reports;
        } finally {
            lock.unlock();
        }
    }

    void clearInbox() {
        lock.lock();
        try {
            inbox.clear();
            journal.inboxCleared(number);
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private DeliveryReport arrive(Sms sms, Instant now, LongSupplier ids) {
        if (now.isAfter(sms.validUntil())) {
            return new DeliveryReport(sms, DeliveryReport.Outcome.EXPIRED, now);
        }
        if (state.blocks(sms.from())) {
            return new DeliveryReport(sms, DeliveryReport.Outcome.BLOCKED, now);
        }
        InboxMessage message = new InboxMessage(ids.getAsLong(), sms.sid(), sms.from(), sms.to(), sms.body(),
                sms.sentAt(), now, state.doNotDisturb());
        inbox.addLast(message);
        journal.arrived(message);
        if (inbox.size() > capacity) {
            inbox.removeFirst();
        }
        arrived.signalAll();
        return new DeliveryReport(sms, DeliveryReport.Outcome.DELIVERED, now);
    }

    private Optional<InboxMessage> firstAfter(long afterId) {
        for (InboxMessage message : inbox) {
            if (message.id() > afterId) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }
}
