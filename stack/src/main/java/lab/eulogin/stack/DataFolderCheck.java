package lab.eulogin.stack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Refuses, in one line, a data folder whose database another running lab holds: H2 keeps its file
 * locked while open, and its own refusal is a page of SQL diagnostics.
 */
final class DataFolderCheck {

    private DataFolderCheck() {
    }

    static void requireUnused(LabConfig config) {
        if (config.dataDir() == null || !Files.exists(config.databaseFile())) {
            return;
        }
        Path file = config.databaseFile();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(config);
            }
            lock.release();
        } catch (OverlappingFileLockException heldHere) {
            throw inUse(config);
        } catch (IOException e) {
            throw new StartRefused("Cannot open the database " + file + " (" + e.getMessage()
                    + "); choose another folder with " + LabOptions.howToSet(LabOptions.DATA) + ".");
        }
    }

    private static StartRefused inUse(LabConfig config) {
        return new StartRefused("The data folder " + config.dataDir().toAbsolutePath().normalize()
                + " is in use by another running lab; choose another with "
                + LabOptions.howToSet(LabOptions.DATA) + ".");
    }
}
