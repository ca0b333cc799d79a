package lab.eulogin.sms.store;

import java.nio.file.Path;
import java.util.List;
import lab.eulogin.sms.app.AppJournal;
import lab.eulogin.sms.app.AppRecord;
import lab.eulogin.sms.gateway.MessageJournal;
import lab.eulogin.sms.gateway.TwilioMessage;
import lab.eulogin.sms.phones.InboxMessage;
import lab.eulogin.sms.phones.PhoneJournal;
import lab.eulogin.sms.phones.PhoneState;
import lab.eulogin.sms.phones.RestoredPhone;
import lab.eulogin.sms.phones.Sms;

/**
 * What the emulator keeps across a restart: the phones (state, inbox, messages the network holds),
 * the gateway's Message resources and the EU Login apps. The phones, the gateway and the apps write
 * each change here as they make it; {@link #sync()} makes what was written durable, and the server
 * calls it before each answer, so what was answered as done survives the process being killed.
 */
public interface SmsStore extends PhoneJournal, MessageJournal, AppJournal, AutoCloseable {

    /** Everything a store kept, oldest first; message ids go on after {@code lastMessageId}. */
    record Kept(List<RestoredPhone> phones, long lastMessageId, List<TwilioMessage> messages, List<AppRecord> apps) {
        public static final Kept NOTHING = new Kept(List.of(), 0, List.of(), List.of());
    }

    /** Keeps nothing: the emulator without a data folder, everything in memory. */
    static SmsStore inMemory() {
        return InMemory.INSTANCE;
    }

    /**
     * The journal in {@code folder} (created if needed), read back and rewritten compactly.
     *
     * @param inboxCapacity      as the emulator's: more than this per inbox is not read back
     * @param messageLogCapacity as the emulator's: older Message resources are not read back
     * @throws DataFolderRefused when another running emulator holds the folder, or the journal is damaged
     */
    static SmsStore open(Path folder, int inboxCapacity, int messageLogCapacity) {
        return JournalFile.open(folder, inboxCapacity, messageLogCapacity);
    }

    /** What was kept when the store was opened. */
    Kept kept();

    /** Makes everything written so far durable; returns at once when nothing was written since the last time. */
    void sync();

    /** Forgets everything (the lab's reset between tests); message ids go on after {@code lastMessageId}. */
    void reset(long lastMessageId);

    @Override
    void close();

    /** The store of an emulator without a data folder. */
    enum InMemory implements SmsStore {
        INSTANCE;

        @Override public Kept kept() { return Kept.NOTHING; }
        @Override public void sync() { }
        @Override public void reset(long lastMessageId) { }
        @Override public void close() { }
        @Override public void phoneState(String number, PhoneState state) { }
        @Override public void arrived(InboxMessage message) { }
        @Override public void held(Sms sms) { }
        @Override public void released(String number, String sid) { }
        @Override public void inboxCleared(String number) { }
        @Override public void message(TwilioMessage message) { }
        @Override public void app(AppRecord app) { }
        @Override public void appRemoved(String number) { }
    }
}
