package lab.eulogin.idp.lab;

import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The IdP back to how it started, between two tests: every row of every table gone in one
 * transaction (the schema and Flyway's history stay), the lab clock back to real time, and what
 * is kept in memory (sessions, tickets, rate counts) forgotten. Row ids keep counting, so a
 * session or ticket that outlives the reset never meets an account of the next test.
 */
public final class LabReset {
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final Database database;
    private final LabClock clock;
    private final List<Runnable> inMemory = new CopyOnWriteArrayList<>();

    public LabReset(Database database, LabClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Something kept in memory that the reset forgets too. */
    public LabReset alsoForget(Runnable forget) {
        inMemory.add(forget);
        return this;
    }

    /** @return how many tables were emptied */
    public int reset() {
        int tables = emptyTables();
        inMemory.forEach(Runnable::run);
        clock.reset();
        return tables;
    }

    /**
     * Every foreign key cascades (or sets null) on delete, so the order does not matter; the tables
     * are read from the schema, so one a later migration adds is emptied too.
     */
    private int emptyTables() {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try (Statement statement = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                    while (rs.next()) {
                        if (!FLYWAY_HISTORY.equalsIgnoreCase(rs.getString(1))) {
                            tables.add(rs.getString(1));
                        }
                    }
                }
                for (String table : tables) {
                    statement.executeUpdate("DELETE FROM \"" + table.replace("\"", "\"\"") + "\"");
                }
                c.commit();
                return tables.size();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not empty the lab's tables", e);
        }
    }
}
