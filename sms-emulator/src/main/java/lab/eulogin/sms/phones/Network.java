package lab.eulogin.sms.phones;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The mobile network and its handsets: carries each message to its phone, holds it while the
 * phone is unreachable and gives up when its validity period has passed on the lab clock.
 * A phone comes into being with the first message to it or when asked for by number.
 */
public final class Network {
    private final Clock clock;
    private final int capacity;
    private final PhoneJournal journal;
    private final List<DeliveryListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> stateListeners = new CopyOnWriteArrayList<>();
    private final ConcurrentMap<String, Phone> phones = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();
    private final AtomicLong version = new AtomicLong();

    /**
     * @param capacity messages kept per inbox, and held per unreachable phone
     * @param journal where each change to a phone is written as it is made
     */
    public Network(Clock clock, int capacity, PhoneJournal journal) {
        this.clock = clock;
        this.capacity = capacity;
        this.journal = journal;
    }

    /**
     * The phones the store kept, before anything else happens; message ids go on after {@code lastMessageId}.
     */
    public void restore(List<RestoredPhone> kept, long lastMessageId) {
        for (RestoredPhone phone : kept) {
            phones.put(phone.number(), Phone.restored(phone, capacity, journal));
        }
        messageIds.set(lastMessageId);
        version.incrementAndGet();
    }

    /** The id of the latest message to arrive (ids keep counting across resets and restarts). */
    public long lastMessageId() {
        return messageIds.get();
    }

    /** Who hears how each message's journey ended (the gateway, for its delivery receipts). */
    public void addListener(DeliveryListener listener) {
        listeners.add(listener);
    }

    /** Who hears that a phone's state changed (the apps on it, whose network comes and goes with it). */
    public void addStateListener(Consumer<String> listener) {
        stateListeners.add(listener);
    }

    /** Something shown on the page changed outside the network (an app on a phone). */
    public void changed() {
        version.incrementAndGet();
    }

    /** The phone with this number, switched on and empty if it did not exist yet. */
    public Phone phone(String number) {
        String e164 = PhoneNumbers.normalise(number);
        Phone existing = phones.get(e164);
        if (existing != null) {
            return existing;
        }
        // Written down inside the map's atomic creation: nobody can change the phone before it is in the journal.
        return phones.computeIfAbsent(e164, created -> {
            journal.phoneState(created, PhoneState.defaults());
            version.incrementAndGet();
            return new Phone(created, capacity, journal);
        });
    }

    public Optional<Phone> find(String number) {
        return Optional.ofNullable(phones.get(PhoneNumbers.normalise(number)));
    }

    /** All phones, by number. */
    public List<Phone> phones() {
        return phones.values().stream().sorted(Comparator.comparing(Phone::number)).toList();
    }

    /** Carries the message to its phone: it arrives now, or waits there until the phone is reachable. */
    public void submit(Sms sms) {
        List<DeliveryReport> reports = phone(sms.to()).receive(sms, clock.instant(), messageIds::incrementAndGet);
        version.incrementAndGet();
        report(reports);
    }

    /** Changes a phone's state (creating the phone if needed); waiting messages arrive if it is now reachable. */
    public PhoneState changeState(String number, UnaryOperator<PhoneState> change) {
        Phone phone = phone(number);
        List<DeliveryReport> reports = phone.changeState(change, clock.instant(), messageIds::incrementAndGet);
        version.incrementAndGet();
        report(reports);
        stateListeners.forEach(listener -> listener.accept(phone.number()));
        return phone.state();
    }

    public void clearInbox(String number) {
        find(number).ifPresent(phone -> {
            phone.clearInbox();
            version.incrementAndGet();
        });
    }

    /** Gives up on held messages whose validity period has passed; run regularly. */
    public void expireOverdue() {
        for (Phone phone : phones.values()) {
            report(phone.expireHeld(clock.instant()));
        }
    }

    /** Grows with every visible change, so a page can tell whether it is out of date. */
    public long version() {
        return version.get();
    }

    /**
     * No phones any more (the lab's reset between tests): those waiting on one are woken empty-handed,
     * and message ids keep counting, so a wait from before the reset never takes a later message.
     */
    public void reset() {
        List<Phone> gone = List.copyOf(phones.values());
        phones.clear();
        gone.forEach(Phone::close);
        version.incrementAndGet();
    }

    /** Wakes everyone waiting for a message, so the server can stop. */
    public void close() {
        phones.values().forEach(Phone::close);
    }

    private void report(List<DeliveryReport> reports) {
        if (!reports.isEmpty()) {
            version.incrementAndGet();
            reports.forEach(report -> listeners.forEach(listener -> listener.reported(report)));
        }
    }
}
