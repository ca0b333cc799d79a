package lab.eulogin.sms.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lab.eulogin.sms.app.AppRecord;
import lab.eulogin.sms.gateway.TwilioMessage;
import lab.eulogin.sms.http.Json;
import lab.eulogin.sms.phones.InboxMessage;
import lab.eulogin.sms.phones.PhoneState;
import lab.eulogin.sms.phones.RestoredPhone;
import lab.eulogin.sms.phones.Sms;

/**
 * The store as an append-only journal, one JSON line per change, in {@value #JOURNAL} under the
 * data folder. A change is written (one {@code write}, so it is in the operating system's hands
 * and survives the process being killed) as it is made; {@link #sync()} forces what was written to
 * the disk once per answer, however many changes the answer made, so it also survives a power cut.
 * At start the journal is read back (a last line cut short by a kill is an unanswered change,
 * ignored) and rewritten as one line per thing kept, so it grows only with what happens in one run;
 * a reset empties it. {@value #LOCK} stays locked while the emulator runs, so two cannot share one folder.
 */
final class JournalFile implements SmsStore {
    static final String JOURNAL = "sms-emulator.journal";
    static final String LOCK = "sms-emulator.lock";

    /** One line of the journal: {@code kind} says which of the other fields it carries. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String kind, String number, PhoneState state, InboxMessage arrived, Sms held, String sid,
                 TwilioMessage message, AppRecord app, Long lastId) {
        static Entry of(String kind, String number) {
            return new Entry(kind, number, null, null, null, null, null, null, null);
        }
    }

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileChannel journal;
    private final Kept kept;
    private final Object forcing = new Object();
    /** Lines written and lines known to be on the disk; guarded by this, {@link #forcing} for the latter's update. */
    private long written;
    private volatile long forced;

    private JournalFile(Path file, FileChannel lockChannel, FileLock lock, FileChannel journal, Kept kept) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.journal = journal;
        this.kept = kept;
    }

    static JournalFile open(Path folder, int inboxCapacity, int messageLogCapacity) {
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(folder);
            lockChannel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                throw new DataFolderRefused("The SMS emulator's data folder " + folder.toAbsolutePath().normalize()
                        + " is in use by another running emulator");
            }
            Path file = folder.resolve(JOURNAL);
            Replay replay = new Replay(inboxCapacity, messageLogCapacity);
            if (Files.exists(file)) {
                replay.read(file);
            }
            Kept kept = replay.kept();
            rewrite(file, kept);
            FileChannel journal = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new JournalFile(file, lockChannel, lock, journal, kept);
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new DataFolderRefused("Cannot use " + folder.toAbsolutePath().normalize()
                    + " for the SMS emulator's data (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    @Override
    public Kept kept() {
        return kept;
    }

    @Override
    public void phoneState(String number, PhoneState state) {
        append(new Entry("phone", number, state, null, null, null, null, null, null));
    }

    @Override
    public void arrived(InboxMessage message) {
        append(new Entry("arrived", null, null, message, null, null, null, null, null));
    }

    @Override
    public void held(Sms sms) {
        append(new Entry("held", null, null, null, sms, null, null, null, null));
    }

    @Override
    public void released(String number, String sid) {
        append(new Entry("released", number, null, null, null, sid, null, null, null));
    }

    @Override
    public void inboxCleared(String number) {
        append(Entry.of("cleared", number));
    }

    @Override
    public void message(TwilioMessage message) {
        append(new Entry("message", null, null, null, null, null, message, null, null));
    }

    @Override
    public void app(AppRecord app) {
        append(new Entry("app", null, null, null, null, null, null, app, null));
    }

    @Override
    public void appRemoved(String number) {
        append(Entry.of("app-removed", number));
    }

    @Override
    public void sync() {
        long target;
        synchronized (this) {
            target = written;
        }
        if (forced >= target) {
            return;
        }
        // Outside the writers' lock: changes go on being written while the disk catches up, and one
        // force covers every answer waiting for it.
        synchronized (forcing) {
            if (forced >= target) {
                return;
            }
            long covered;
            synchronized (this) {
                covered = written;
            }
            try {
                journal.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the SMS emulator's journal " + file, e);
            }
            forced = covered;
        }
    }

    @Override
    public synchronized void reset(long lastMessageId) {
        try {
            journal.truncate(0);
            write(new Entry("ids", null, null, null, null, null, null, null, lastMessageId));
            journal.force(false);
            forced = written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the SMS emulator's journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            journal.force(false);
        } catch (IOException e) {
            // Closing anyway: every answered change was forced before its answer.
        }
        closeQuietly(journal);
        try {
            lock.release();
        } catch (IOException e) {
            // The lock goes with the channel.
        }
        closeQuietly(lockChannel);
    }

    private synchronized void append(Entry entry) {
        try {
            write(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the SMS emulator's journal " + file, e);
        }
    }

    private void write(Entry entry) throws IOException {
        ByteBuffer line = ByteBuffer.wrap(line(entry));
        while (line.hasRemaining()) {
            journal.write(line);
        }
        written++;
    }

    private static byte[] line(Entry entry) {
        try {
            byte[] json = Json.MAPPER.writeValueAsBytes(entry);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A journal entry could not be written as JSON", e);
        }
    }

    /** Writes what is kept to a new file, on the disk, then puts it in the journal's place in one step. */
    private static void rewrite(Path file, Kept kept) throws IOException {
        Path next = file.resolveSibling(JOURNAL + ".new");
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Entry entry : entries(kept)) {
                ByteBuffer line = ByteBuffer.wrap(line(entry));
                while (line.hasRemaining()) {
                    out.write(line);
                }
            }
            out.force(false);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Entry> entries(Kept kept) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("ids", null, null, null, null, null, null, null, kept.lastMessageId()));
        for (RestoredPhone phone : kept.phones()) {
            entries.add(new Entry("phone", phone.number(), phone.state(), null, null, null, null, null, null));
            phone.inbox().forEach(m -> entries.add(new Entry("arrived", null, null, m, null, null, null, null, null)));
            phone.held().forEach(s -> entries.add(new Entry("held", null, null, null, s, null, null, null, null)));
        }
        kept.messages().forEach(m -> entries.add(new Entry("message", null, null, null, null, null, m, null, null)));
        kept.apps().forEach(a -> entries.add(new Entry("app", null, null, null, null, null, null, a, null)));
        return entries;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing more to do.
            }
        }
    }

    /** The journal read back, line after line, into what is kept, within the emulator's capacities. */
    private static final class Replay {
        private static final class KeptPhone {
            PhoneState state = PhoneState.defaults();
            final ArrayDeque<InboxMessage> inbox = new ArrayDeque<>();
            final LinkedHashMap<String, Sms> held = new LinkedHashMap<>();
        }

        private final int inboxCapacity;
        private final int messageLogCapacity;
        private final Map<String, KeptPhone> phones = new LinkedHashMap<>();
        private final LinkedHashMap<String, TwilioMessage> messages = new LinkedHashMap<>();
        private final Map<String, AppRecord> apps = new LinkedHashMap<>();
        private long lastId;

        Replay(int inboxCapacity, int messageLogCapacity) {
            this.inboxCapacity = inboxCapacity;
            this.messageLogCapacity = messageLogCapacity;
        }

        /** Line after line, never the whole file at once: it holds a whole run's changes. */
        void read(Path file) throws IOException {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                ByteArrayOutputStream line = new ByteArrayOutputStream(512);
                int lineNumber = 0;
                for (int b = in.read(); b >= 0; b = in.read()) {
                    if (b != '\n') {
                        line.write(b);
                        continue;
                    }
                    lineNumber++;
                    if (line.size() > 0) {
                        apply(file, lineNumber, line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    }
                }
                // Bytes after the last newline: a change cut short by a kill, never answered; left out.
            }
        }

        private void apply(Path file, int lineNumber, String line) {
            Entry entry;
            try {
                entry = Json.MAPPER.readValue(line, Entry.class);
            } catch (IOException | IllegalArgumentException e) {
                throw new DataFolderRefused("The SMS emulator's journal " + file + " is damaged at line "
                        + lineNumber + " (" + e.getMessage().lines().findFirst().orElse("") + ")"
                        + "; move it away to start with no phones", e);
            }
            try {
                replay(file, lineNumber, entry);
            } catch (NullPointerException missing) {
                throw new DataFolderRefused("The SMS emulator's journal " + file + " is damaged at line " + lineNumber
                        + " (a field is missing); move it away to start with no phones", missing);
            }
        }

        private void replay(Path file, int lineNumber, Entry entry) {
            switch (entry.kind()) {
                case "ids" -> lastId = Math.max(lastId, entry.lastId());
                case "phone" -> phone(entry.number()).state = entry.state();
                case "arrived" -> {
                    KeptPhone phone = phone(entry.arrived().to());
                    phone.inbox.addLast(entry.arrived());
                    if (phone.inbox.size() > inboxCapacity) {
                        phone.inbox.removeFirst();
                    }
                    lastId = Math.max(lastId, entry.arrived().id());
                }
                case "held" -> phone(entry.held().to()).held.put(entry.held().sid(), entry.held());
                case "released" -> phone(entry.number()).held.remove(entry.sid());
                case "cleared" -> phone(entry.number()).inbox.clear();
                case "message" -> message(entry.message());
                case "app" -> apps.put(entry.app().number(), entry.app());
                case "app-removed" -> apps.remove(entry.number());
                default -> throw new DataFolderRefused("The SMS emulator's journal " + file
                        + " has an unknown entry at line " + lineNumber + ": " + entry.kind());
            }
        }

        private KeptPhone phone(String number) {
            return phones.computeIfAbsent(Objects.requireNonNull(number), n -> new KeptPhone());
        }

        private void message(TwilioMessage message) {
            if (messages.replace(message.sid(), message) == null) {
                messages.put(message.sid(), message);
                Iterator<String> oldest = messages.keySet().iterator();
                while (messages.size() > messageLogCapacity) {
                    oldest.next();
                    oldest.remove();
                }
            }
        }

        Kept kept() {
            List<RestoredPhone> kept = new ArrayList<>();
            phones.forEach((number, phone) -> kept.add(new RestoredPhone(number, phone.state,
                    List.copyOf(phone.inbox), List.copyOf(phone.held.values()))));
            return new Kept(kept, lastId, List.copyOf(messages.values()), List.copyOf(apps.values()));
        }
    }
}
