package lab.eulogin.mail.imap;

import com.icegreen.greenmail.foedus.util.MsgRangeFilter;
import com.icegreen.greenmail.imap.commands.IdRange;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.SearchTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lab.eulogin.mail.message.MailParser;
import lab.eulogin.mail.store.Folder;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.NewMail;
import lab.eulogin.mail.store.StoredMail;

/**
 * A mailbox's INBOX or Junk as IMAP sees it, kept by the lab's {@link MailStore} instead of
 * GreenMail's own folder: the store's ids are the UIDs, and a message becomes GreenMail's
 * {@link StoredMessage} (a parsed copy with its IMAP attributes, some 6 KB) only while a client
 * reads it, from the one source the store keeps. What is left per message here is its UID and its
 * flags. Deleting here (EXPUNGE, MOVE) deletes from the store, and mail appended by a client goes
 * to the store too, so the API, the web mailbox and IMAP show the same messages.
 *
 * <p>Locking: the store calls in with its lock held ({@link #arrived}, {@link #removed}); this
 * folder never calls the store while holding its own lock.
 */
final class StoreFolder implements MailFolder, UIDFolder {
    private static final Flags PERMANENT_FLAGS = new Flags();
    private static final Flags.Flag[] SYSTEM_FLAGS = {Flags.Flag.ANSWERED, Flags.Flag.DELETED, Flags.Flag.DRAFT,
            Flags.Flag.FLAGGED, Flags.Flag.RECENT, Flags.Flag.SEEN};
    private static final int DELETED = bit(Flags.Flag.DELETED);
    private static final int RECENT = bit(Flags.Flag.RECENT);
    private static final int SEEN = bit(Flags.Flag.SEEN);

    static {
        for (Flags.Flag flag : SYSTEM_FLAGS) {
            if (flag != Flags.Flag.RECENT) {
                PERMANENT_FLAGS.add(flag);
            }
        }
    }

    private final MailStore store;
    private final String mailbox;
    private final Folder folder;
    private final MailFolder greenMailFolder;
    private final List<FolderListener> listeners = new CopyOnWriteArrayList<>();
    private long[] uids = new long[8];
    private int[] flags = new int[8];
    private int count;
    private final ParsedMessages parsed;

    StoreFolder(MailStore store, ParsedMessages parsed, String mailbox, Folder folder, MailFolder greenMailFolder) {
        this.store = store;
        this.parsed = parsed;
        this.mailbox = mailbox;
        this.folder = folder;
        this.greenMailFolder = greenMailFolder;
    }

    /** GreenMail's folder this one stands for: its place in the hierarchy (name, parent, children). */
    MailFolder greenMailFolder() {
        return greenMailFolder;
    }

    // ---- from the store, its lock held ----

    void arrived(long uid, boolean recent) {
        int msn;
        synchronized (this) {
            int at = Arrays.binarySearch(uids, 0, count, uid);
            if (at >= 0) {
                return;
            }
            at = -at - 1;
            if (count == uids.length) {
                uids = Arrays.copyOf(uids, count * 2);
                flags = Arrays.copyOf(flags, count * 2);
            }
            System.arraycopy(uids, at, uids, at + 1, count - at);
            System.arraycopy(flags, at, flags, at + 1, count - at);
            uids[at] = uid;
            flags[at] = recent ? RECENT : 0;
            count++;
            msn = at + 1;
        }
        listeners.forEach(listener -> listener.added(msn));
    }

    void removed(List<Long> gone) {
        List<Integer> msns = new ArrayList<>();
        synchronized (this) {
            for (long uid : gone) {
                int at = Arrays.binarySearch(uids, 0, count, uid);
                if (at >= 0) {
                    msns.add(at + 1);
                }
            }
            msns.sort(null);
            // From the highest: each EXPUNGE's number is valid after the ones before it.
            for (int i = msns.size() - 1; i >= 0; i--) {
                int at = msns.get(i) - 1;
                parsed.remove(uids[at]);
                System.arraycopy(uids, at + 1, uids, at, count - at - 1);
                System.arraycopy(flags, at + 1, flags, at, count - at - 1);
                count--;
            }
        }
        for (int i = msns.size() - 1; i >= 0; i--) {
            int msn = msns.get(i);
            listeners.forEach(listener -> listener.expunged(msn));
        }
    }

    void purged() {
        List<Long> all = new ArrayList<>();
        for (long uid : getMessageUids()) {
            all.add(uid);
        }
        removed(all);
    }

    // ---- GreenMail's MailFolder ----

    @Override
    public String getName() {
        return greenMailFolder.getName();
    }

    @Override
    public String getFullName() {
        return greenMailFolder.getFullName();
    }

    @Override
    public Flags getAvailableFlags() {
        return PERMANENT_FLAGS;
    }

    @Override
    public Flags getPermanentFlags() {
        return PERMANENT_FLAGS;
    }

    @Override
    public synchronized int getMessageCount() {
        return count;
    }

    @Override
    public synchronized int getRecentCount(boolean reset) {
        int recent = 0;
        for (int i = 0; i < count; i++) {
            if ((flags[i] & RECENT) != 0) {
                recent++;
                if (reset) {
                    flags[i] &= ~RECENT;
                }
            }
        }
        return recent;
    }

    @Override
    public long getUidValidity() {
        return store.uidValidity();
    }

    @Override
    public synchronized int getFirstUnseen() {
        for (int i = 0; i < count; i++) {
            if ((flags[i] & SEEN) == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    @Override
    public synchronized int getUnseenCount() {
        int unseen = 0;
        for (int i = 0; i < count; i++) {
            if ((flags[i] & SEEN) == 0) {
                unseen++;
            }
        }
        return unseen;
    }

    @Override
    public boolean isSelectable() {
        return true;
    }

    @Override
    public long getUIDNext() {
        return store.nextId();
    }

    /** A message a client appends (APPEND, COPY, MOVE) goes to the store, filed here. */
    @Override
    public long appendMessage(MimeMessage message, Flags messageFlags, Date receivedDate) {
        byte[] raw;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            message.writeTo(out);
            raw = out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot read the message appended to " + getFullName(), e);
        }
        MailParser.Envelope envelope = MailParser.envelope(message);
        StoredMail stored = store.add(new NewMail(mailbox, folder, envelope.from(), envelope.to(),
                envelope.subject(), raw));
        if (messageFlags != null) {
            change(stored.id(), messageFlags, true, false);
        }
        return stored.id();
    }

    @Override
    public void deleteAllMessages() {
        store.delete(uidList(false));
    }

    @Override
    public void expunge() {
        store.delete(uidList(true));
    }

    @Override
    public void expunge(IdRange[] idRanges) {
        store.delete(uidList(true).stream().filter(uid -> IdRange.containsUid(idRanges, uid)).toList());
    }

    private synchronized List<Long> uidList(boolean deletedOnly) {
        List<Long> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!deletedOnly || (flags[i] & DELETED) != 0) {
                list.add(uids[i]);
            }
        }
        return list;
    }

    @Override
    public void addListener(FolderListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(FolderListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void store(MovingMessage mail) {
        store(mail.getMessage());
    }

    @Override
    public void store(MimeMessage message) {
        appendMessage(message, new Flags(), new Date());
    }

    @Override
    public StoredMessage getMessage(long uid) {
        int state;
        synchronized (this) {
            int at = Arrays.binarySearch(uids, 0, count, uid);
            if (at < 0) {
                return null;
            }
            state = flags[at];
            StoredMessage kept = parsed.get(uid);
            if (kept != null) {
                return withFlags(kept, state);
            }
        }
        StoredMail mail = store.get(uid).orElse(null);
        if (mail == null) {
            return null;
        }
        StoredMessage message = ImapMessages.of(mail, toFlags(state));
        parsed.put(uid, message);
        return message;
    }

    private static StoredMessage withFlags(StoredMessage message, int state) {
        message.setFlags(toFlags(~0), false);
        message.setFlags(toFlags(state), true);
        return message;
    }

    @Override
    public synchronized long[] getMessageUids() {
        return Arrays.copyOf(uids, count);
    }

    @Override
    public long[] search(SearchTerm searchTerm) {
        List<Long> matched = new ArrayList<>();
        long[] all = getMessageUids();
        for (int i = 0; i < all.length; i++) {
            StoredMessage message = getMessage(all[i]);
            if (message != null) {
                message.updateMessageNumber(i + 1); // for a search by sequence number
                if (searchTerm.match(message.getMimeMessage())) {
                    matched.add(all[i]);
                }
            }
        }
        return matched.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public long copyMessage(long uid, MailFolder toFolder) throws FolderException {
        StoredMessage original = getMessage(uid);
        if (original == null) {
            throw new FolderException("No such message: " + uid);
        }
        try {
            return toFolder.appendMessage(new MimeMessage(original.getMimeMessage()), original.getFlags(),
                    original.getReceivedDate());
        } catch (MessagingException e) {
            throw new FolderException("Cannot copy message " + uid + " to " + toFolder.getFullName(), e);
        }
    }

    @Override
    public long moveMessage(long uid, MailFolder toFolder) throws FolderException {
        long copied = copyMessage(uid, toFolder);
        store.delete(uid);
        return copied;
    }

    @Override
    public void setFlags(Flags changed, boolean value, long uid, FolderListener silentListener, boolean addUid)
            throws FolderException {
        notifyFlags(uid, change(uid, changed, value, false), silentListener, addUid);
    }

    @Override
    public void replaceFlags(Flags replacing, long uid, FolderListener silentListener, boolean addUid)
            throws FolderException {
        notifyFlags(uid, change(uid, replacing, true, true), silentListener, addUid);
    }

    private synchronized int change(long uid, Flags changed, boolean value, boolean replace) {
        int at = Arrays.binarySearch(uids, 0, count, uid);
        if (at < 0) {
            return -1;
        }
        int bits = 0;
        for (Flags.Flag flag : changed.getSystemFlags()) {
            bits |= bit(flag);
        }
        if (replace) {
            flags[at] = (flags[at] & RECENT) | bits;
        } else {
            flags[at] = value ? flags[at] | bits : flags[at] & ~bits;
        }
        return at;
    }

    private void notifyFlags(long uid, int at, FolderListener silentListener, boolean addUid) throws FolderException {
        if (at < 0) {
            throw new FolderException("No such message.");
        }
        Flags now;
        synchronized (this) {
            now = toFlags(flags[at]);
        }
        for (FolderListener listener : listeners) {
            if (listener != silentListener) {
                listener.flagsUpdated(at + 1, now, addUid ? uid : null);
            }
        }
    }

    @Override
    public synchronized int getMsn(long uid) throws FolderException {
        int at = Arrays.binarySearch(uids, 0, count, uid);
        if (at < 0) {
            throw new FolderException("No such message.");
        }
        return at + 1;
    }

    @Override
    public void signalDeletion() {
        listeners.forEach(FolderListener::mailboxDeleted);
    }

    @Override
    public List<StoredMessage> getMessages(MsgRangeFilter range) {
        List<StoredMessage> messages = new ArrayList<>();
        long[] all = getMessageUids();
        for (int i = 0; i < all.length; i++) {
            if (range.includes(i + 1)) {
                addIfPresent(messages, all[i]);
            }
        }
        return messages;
    }

    @Override
    public List<StoredMessage> getMessages() {
        List<StoredMessage> messages = new ArrayList<>();
        for (long uid : getMessageUids()) {
            addIfPresent(messages, uid);
        }
        return messages;
    }

    @Override
    public List<StoredMessage> getNonDeletedMessages() {
        List<StoredMessage> messages = new ArrayList<>();
        for (long uid : uidsWithout(DELETED)) {
            addIfPresent(messages, uid);
        }
        return messages;
    }

    private synchronized long[] uidsWithout(int bit) {
        return java.util.stream.IntStream.range(0, count).filter(i -> (flags[i] & bit) == 0).mapToLong(i -> uids[i])
                .toArray();
    }

    private void addIfPresent(List<StoredMessage> messages, long uid) {
        StoredMessage message = getMessage(uid);
        if (message != null) {
            messages.add(message);
        }
    }

    // ---- Jakarta Mail's UIDFolder ----

    @Override
    public long getUIDValidity() {
        return getUidValidity();
    }

    @Override
    public Message getMessageByUID(long uid) {
        StoredMessage message = getMessage(uid);
        return message == null ? null : message.getMimeMessage();
    }

    @Override
    public Message[] getMessagesByUID(long start, long end) {
        List<Message> messages = new ArrayList<>();
        for (long uid : getMessageUids()) {
            if (uid >= start && uid <= end) {
                addMime(messages, uid);
            }
        }
        return messages.toArray(new Message[0]);
    }

    @Override
    public Message[] getMessagesByUID(long[] wanted) {
        List<Message> messages = new ArrayList<>();
        for (long uid : wanted) {
            addMime(messages, uid);
        }
        return messages.toArray(new Message[0]);
    }

    private void addMime(List<Message> messages, long uid) {
        StoredMessage message = getMessage(uid);
        if (message != null) {
            messages.add(message.getMimeMessage());
        }
    }

    @Override
    public long getUID(Message message) {
        long uid = parsed.idOf(message);
        if (uid < 0) {
            throw new IllegalStateException("Not a message read from " + getFullName());
        }
        return uid;
    }

    private static int bit(Flags.Flag flag) {
        for (int i = 0; i < SYSTEM_FLAGS.length; i++) {
            if (SYSTEM_FLAGS[i] == flag) {
                return 1 << i;
            }
        }
        return 0;
    }

    private static Flags toFlags(int bits) {
        Flags result = new Flags();
        for (int i = 0; i < SYSTEM_FLAGS.length; i++) {
            if ((bits & (1 << i)) != 0) {
                result.add(SYSTEM_FLAGS[i]);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "StoreFolder{" + mailbox + " " + folder.label() + "}";
    }
}
