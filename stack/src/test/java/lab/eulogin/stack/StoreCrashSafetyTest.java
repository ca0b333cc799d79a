package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import lab.eulogin.idp.store.Database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every account whose creation returned is in the lab's database after the process is killed
 * without warning, also once the store writes into space freed inside its file (as it does after
 * running for a while) and while several threads commit at once.
 */
class StoreCrashSafetyTest {
    private static final int KILLS = 8;
    private static final int THREADS = 8;
    private static final int EACH = 25;

    @TempDir
    Path data;

    @Test
    void accountsWhoseCreationReturnedSurviveKillsOfAStoreThatReusesFreedSpace() throws Exception {
        Set<String> acknowledged = new HashSet<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            Process writer = DemoProcess.java(AccountWriter.class, List.of(data.toString(), String.valueOf(THREADS), String.valueOf(EACH), "k" + kill));
            try {
                BufferedReader out = DemoProcess.reader(writer);
                assertTimeoutPreemptively(DemoProcess.PATIENCE, () -> {
                    DemoProcess.readUntil(out, "READY");
                    int created = 0;
                    while (created < THREADS * EACH) {
                        String line = out.readLine();
                        assertThat(line).as("the writer's output after %d creations", created).isNotNull();
                        if (line.startsWith(AccountWriter.CREATED)) {
                            acknowledged.add(line.substring(AccountWriter.CREATED.length()));
                            created++;
                        }
                    }
                });
            } finally {
                writer.destroyForcibly(); // SIGKILL right after the burst: no shutdown hook runs
            }
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

            Set<String> missing = new TreeSet<>(acknowledged);
            missing.removeAll(accountsIn(data));
            assertThat(missing).as("accounts created before kill %d of %d (%d created in all) and missing after it",
                    kill, KILLS, acknowledged.size()).isEmpty();
        }
    }

    private static Set<String> accountsIn(Path data) throws Exception {
        Set<String> emails = new HashSet<>();
        try (Database database = Database.open(AccountWriter.jdbcUrl(data));
             Connection c = database.connection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT email FROM account")) {
            while (rs.next()) {
                emails.add(rs.getString(1));
            }
        }
        return emails;
    }
}
