package lab.eulogin.mail.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The mail store's file in the data folder: every message accepted, every deletion and every purge,
 * appended as one record each, so that the store can be rebuilt after a restart. A record is handed
 * to the operating system (one {@code write}) before the store answers, hence before SMTP answers
 * 250: a message accepted survives the process being killed right after. Like the IdP's database
 * (H2 with {@code WRITE_DELAY=0}) it does not wait for the disk itself ({@code fsync}, about 10 ms
 * here), so a power cut may still lose the last moments.
 *
 * <p>The bodies stay in the file and are read from it when shown, which keeps them out of the heap.
 * Records: {@code [length][crc32][type][payload]}; a record cut short or damaged (the process killed
 * in the middle of a write, before it was acknowledged) ends the journal and is cut off at start.
 * The file is rewritten with only what is live when a purge empties the store, or at start when
 * deletions and evictions have left it more dead than alive.
 */
public final class MailJournal implements AutoCloseable {
    static final String FILE_NAME = "mail.journal";
    private static final byte MAIL = 1;
    private static final byte DELETE = 2;
    private static final byte COUNTER = 3;
    private static final int HEADER = 9; // length, crc, type

    private final Path file;
    private FileChannel channel;
    /** The file before the last rewrite: bodies being shown at that moment are still read from it. */
    private FileChannel retired;
    private final FileLock lock;
    private long size;
    private long liveBytes;
    private long uidValidity;

    private MailJournal(Path file, FileChannel channel, FileLock lock) throws IOException {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.size = channel.size();
    }

    /** What the journal held at start: the messages (oldest first), the last id given and the IMAP UIDVALIDITY. */
    public record Contents(List<StoredMail> mails, long lastId, long uidValidity) {
    }

    /**
     * Opens (or creates) the journal in {@code folder} and reads it back.
     *
     * @throws IllegalStateException when another running emulator holds it
     */
    public static MailJournal open(Path folder, long newUidValidity) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(FILE_NAME);
            // A lock file of its own: the journal's file is replaced when rewritten, a lock on it would go too.
            FileChannel lockFile = FileChannel.open(folder.resolve(FILE_NAME + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockFile.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                lockFile.close();
                throw new IllegalStateException("The mail store " + file + " is in use by another running lab");
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            MailJournal journal = new MailJournal(file, channel, lock);
            journal.uidValidity = newUidValidity;
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the mail store in " + folder, e);
        }
    }

    /** Reads every record back, cuts off a damaged tail, and compacts the file when it is mostly dead. */
    public Contents load() {
        try {
            Map<Long, StoredMail> live = new LinkedHashMap<>();
            // One String per address, not one per message: 100,000 messages share a few hundred.
            Map<String, String> names = new java.util.HashMap<>();
            long lastId = 0;
            long position = 0;
            boolean seenCounter = false;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (position + HEADER <= size) {
                header.clear();
                readFully(header, position);
                header.flip();
                int length = header.getInt();
                int crc = header.getInt();
                byte type = header.get();
                if (length < 0 || position + HEADER + length > size) {
                    break;
                }
                ByteBuffer payload = ByteBuffer.allocate(length);
                readFully(payload, position + HEADER);
                payload.flip();
                if (crc(type, payload.array()) != crc) {
                    break;
                }
                switch (type) {
                    case MAIL -> {
                        StoredMail mail = readMail(payload, position + HEADER, names);
                        live.put(mail.id(), mail);
                        lastId = Math.max(lastId, mail.id());
                    }
                    case DELETE -> live.remove(payload.getLong());
                    case COUNTER -> {
                        lastId = Math.max(lastId, payload.getLong());
                        if (!seenCounter) {
                            uidValidity = payload.getLong();
                            seenCounter = true;
                        }
                    }
                    default -> throw new IllegalStateException("Unknown record in " + file + " at " + position);
                }
                position += HEADER + length;
            }
            if (position < size) {
                channel.truncate(position); // a write the process did not finish: it was never acknowledged
                size = position;
            }
            List<StoredMail> mails = new ArrayList<>(live.values());
            liveBytes = mails.stream().mapToLong(mail -> mail.size() + 256L).sum();
            if (!seenCounter || size > 2 * liveBytes + (16L << 20)) {
                mails = rewrite(lastId, mails);
            }
            return new Contents(mails, lastId, uidValidity);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the mail store " + file, e);
        }
    }

    /** Appends a message; its body is then read from the file. */
    public StoredMail append(StoredMail mail) {
        byte[] payload = mailPayload(mail);
        long at = write(MAIL, payload);
        liveBytes += mail.size() + 256L;
        return mail.withBody(new OnDisk(channel, at + HEADER + payload.length - mail.size(), mail.size()));
    }

    public void deleted(Collection<StoredMail> mails) {
        for (StoredMail mail : mails) {
            write(DELETE, ByteBuffer.allocate(8).putLong(mail.id()).array());
            liveBytes -= mail.size() + 256L;
        }
    }

    /** Empties the file, keeping only the count of ids given (ids are never reused). */
    public void purged(long lastId) {
        try {
            rewrite(lastId, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the mail store " + file, e);
        }
    }

    private long write(byte type, byte[] payload) {
        ByteBuffer record = ByteBuffer.allocate(HEADER + payload.length);
        record.putInt(payload.length).putInt(crc(type, payload)).put(type).put(payload).flip();
        try {
            long at = size;
            while (record.hasRemaining()) {
                channel.write(record, size + record.position());
            }
            size += record.limit();
            return at;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the mail store " + file, e);
        }
    }

    /**
     * Writes the live messages to a new file and puts it in place of the old one in one rename, so a
     * kill in the middle leaves one or the other whole.
     */
    private List<StoredMail> rewrite(long lastId, List<StoredMail> mails) throws IOException {
        Path next = file.resolveSibling(FILE_NAME + ".new");
        FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        FileChannel old = channel;
        List<StoredMail> moved = new ArrayList<>(mails.size());
        try {
            channel = out;
            size = 0;
            liveBytes = 0;
            write(COUNTER, ByteBuffer.allocate(16).putLong(lastId).putLong(uidValidity).array());
            for (StoredMail mail : mails) {
                moved.add(append(mail.withBody(new InMemory(mail.raw()))));
            }
            out.force(true);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            channel = old;
            out.close();
            throw e;
        }
        if (retired != null) {
            retired.close();
        }
        retired = old;
        return moved;
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        readFully(channel, buffer, position);
    }

    private static void readFully(FileChannel from, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (from.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("Unexpected end of the mail store");
            }
        }
    }

    private static byte[] mailPayload(StoredMail mail) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(mail.size() + 256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeLong(mail.id());
            out.writeLong(mail.date().getEpochSecond());
            out.writeInt(mail.date().getNano());
            writeString(out, mail.mailbox());
            out.writeByte(mail.folder().ordinal());
            writeString(out, mail.from());
            out.writeInt(mail.to().size());
            for (String to : mail.to()) {
                writeString(out, to);
            }
            writeString(out, mail.subject());
            out.writeInt(mail.size());
            out.write(mail.raw());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredMail readMail(ByteBuffer in, long payloadAt, Map<String, String> names) {
        long id = in.getLong();
        Instant date = Instant.ofEpochSecond(in.getLong(), in.getInt());
        String mailbox = names.computeIfAbsent(readString(in), name -> name);
        Folder folder = Folder.values()[in.get()];
        String from = names.computeIfAbsent(readString(in), name -> name);
        int count = in.getInt();
        List<String> to = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            to.add(names.computeIfAbsent(readString(in), name -> name));
        }
        String subject = readString(in);
        int rawLength = in.getInt();
        return new StoredMail(id, mailbox, folder, from, to, subject, date,
                new OnDisk(channel, payloadAt + in.position(), rawLength));
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int crc(byte type, byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(payload);
        return (int) crc.getValue();
    }

    @Override
    public void close() {
        try {
            if (retired != null) {
                retired.close();
            }
            channel.close();
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the mail store " + file, e);
        }
    }

    /** A body kept in the journal: read from the file (the page cache, mostly) when shown. */
    record OnDisk(FileChannel file, long offset, int size) implements MailBody {
        @Override
        public byte[] bytes() {
            ByteBuffer buffer = ByteBuffer.allocate(size);
            try {
                readFully(file, buffer, offset);
                return buffer.array();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read a message from the mail store", e);
            }
        }
    }
}
