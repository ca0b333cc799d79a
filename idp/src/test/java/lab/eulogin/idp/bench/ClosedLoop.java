package lab.eulogin.idp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The benchmarks' load: a number of clients, each repeating its flow until the time is up. */
final class ClosedLoop {
    private ClosedLoop() {
    }

    /** One complete flow of one client (a sign-in, a code flow). */
    interface Flow {
        void run() throws Exception;
    }

    /** Makes client {@code i}'s flow. */
    interface Clients {
        Flow flowOf(int client) throws Exception;
    }

    /**
     * @param clients makes client {@code i}'s flow, on that client's own thread (its cookies and connections are its own)
     * @return how many flows were complete when the time was up, all clients together
     */
    static int count(int count, Duration duration, Clients clients) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int client = i;
                results.add(pool.submit(() -> {
                    Flow flow = clients.flowOf(client);
                    int done = 0;
                    while (System.nanoTime() < end) {
                        flow.run();
                        done++;
                    }
                    return done;
                }));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
