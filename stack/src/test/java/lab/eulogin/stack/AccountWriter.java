package lab.eulogin.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.store.Database;

/**
 * Creates a burst of accounts from several threads in the lab's database under a data folder,
 * prints {@code created ADDRESS} once each creation has returned, then waits to be killed: the
 * process that {@link StoreCrashSafetyTest} kills, its last commits those of the burst.
 *
 * <p>The store is aged at once: H2 writes new versions into space freed by old ones only when those
 * are older than its retention time (45 s), as in a lab that has run for a minute; 10 ms has it
 * do so within the burst. (At zero, H2 2.5.252 once failed a concurrent statement with "Chunk not
 * found".)
 *
 * <p>Arguments: the data folder, the number of threads, the accounts each creates, and a word
 * that makes this run's addresses its own.
 */
final class AccountWriter {
    static final String CREATED = "created ";

    private AccountWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int each = Integer.parseInt(args[2]);
        String run = args[3];
        Database database = Database.open(jdbcUrl(data) + ";RETENTION_TIME=10");
        AccountRepository accounts = new AccountRepository(database, Clock.systemUTC());
        PrintStream out = System.out;
        out.println("READY");
        out.flush();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String thread = "t" + t;
            writers.add(new Thread(() -> {
                for (int n = 0; n < each; n++) {
                    String email = thread + "." + n + "." + run + "@crash.example.eu";
                    accounts.create(new NewAccount(email, "Crash", "Test", Locale.ENGLISH, AccountKind.EXTERNAL));
                    synchronized (out) {
                        out.println(CREATED + email);
                        out.flush();
                    }
                }
            }, "writer-" + thread));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        System.in.read(); // until killed: the test never writes
    }

    /** The lab's database under this data folder, as the lab opens it. */
    static String jdbcUrl(Path data) {
        return new LabConfig("127.0.0.1", 0, 0, 0, 0, 0, 0, data, true, false, null).jdbcUrl();
    }
}
