package lab.eulogin.idp.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded H2 store, its schema brought up to date by versioned migrations at start.
 *
 * <p>A database in a file is written append-only, and compacted when closed. H2 2.5.252 can lose
 * the last commits to a kill once it writes them into space freed inside the file (which it does
 * with versions older than its retention time, 45 s): a restart finds such a commit through the
 * file's header, but {@code RandomAccessStore.writeChunk} writes the header before
 * {@code FileStore.storeBuffer} records the commit as the last one, so the header names the commit
 * before it. A commit at the end of the file is found without the header.
 */
public final class Database implements AutoCloseable {
    private static final int QUERY_CACHE_SIZE = 128;

    /** As many connections as H2's own pool allowed by default; each keeps its parsed statements. */
    private static final int CONNECTIONS = 10;

    /** The newest migration under {@code db/migration}; {@code DatabaseTest} checks it is. */
    static final int SCHEMA_VERSION = 15;

    private final HikariDataSource pool;
    /** The URL of a database in a file, compacted when closed; null for one in memory. */
    private final String fileUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(HikariDataSource pool, String fileUrl) {
        this.pool = pool;
        this.fileUrl = fileUrl;
    }

    /**
     * HikariCP rather than H2's own pool: H2's rolls back every connection it hands out and takes
     * back, and a rollback empties the connection's cache of parsed statements, so each statement
     * was parsed and planned again every time (a quarter of a sign-in's time in the handlers).
     * HikariCP rolls back only a connection left with a transaction open.
     */
    public static Database open(String jdbcUrl) {
        boolean inFile = jdbcUrl.startsWith("jdbc:h2:file:");
        String url = withSettings(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(CONNECTIONS);
        config.setPoolName("idp-store");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            if (!isCurrent(pool)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, inFile ? url : null);
    }

    /**
     * Opens a database in a file ahead of {@link #open}, with the same settings, on a connection
     * of its own: H2 reads back the definition of every table and index when a file is first
     * opened, a tenth of a second of a restart, and needs no logging for it, unlike the pool. The
     * caller keeps the connection open until {@link #open} has returned, then closes it.
     */
    public static Connection openFileAhead(String jdbcUrl) {
        JdbcDataSource file = new JdbcDataSource();
        file.setURL(withSettings(jdbcUrl));
        file.setUser("sa");
        try {
            return file.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Could not open the database file", e);
        }
    }

    private static String withSettings(String jdbcUrl) {
        String url = withSetting(jdbcUrl, "QUERY_CACHE_SIZE", String.valueOf(QUERY_CACHE_SIZE));
        return jdbcUrl.startsWith("jdbc:h2:file:") ? withSetting(url, "REUSE_SPACE", "FALSE") : url;
    }

    /**
     * Whether every migration up to the newest was applied with success, as Flyway's history
     * records it. A restart on a data folder then skips Flyway altogether, which was the largest
     * part of the lab's start (loading and setting up Flyway itself, more than the check).
     * Flyway's check of applied migrations' checksums is skipped with it: the migrations ship
     * inside the lab, never edited once released.
     */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(CAST(\"version\" AS INT)), BOOL_AND(\"success\") FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION && rs.getBoolean(2);
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    /**
     * The URL with an H2 setting added, unless the URL sets it. The query cache: each H2
     * connection keeps its last parsed statements (8 by default). One sign-in alone runs more
     * distinct statements than that, so each was parsed again every time; the cache is made large
     * enough for what the pages run.
     */
    private static String withSetting(String jdbcUrl, String name, String value) {
        return jdbcUrl.toUpperCase(Locale.ROOT).contains(";" + name + "=") ? jdbcUrl : jdbcUrl + ";" + name + "=" + value;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Runs one INSERT, UPDATE or DELETE with its parameters in order.
     *
     * @param what what the statement does, for the error ("update an account")
     * @return how many rows it changed
     */
    public int update(String what, String sql, Object... params) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not " + what, e);
        }
    }

    /** Reads one row of a result into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The first row a query with one parameter finds, read into a value.
     *
     * @param what what the query reads, for the error ("read an account")
     */
    public <T> Optional<T> findOne(String what, String sql, Object key, Row<T> row) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not " + what, e);
        }
    }

    /**
     * Closes the database, once however often asked; a file written append-only is rewritten with
     * only its live data. The compaction runs on a connection of its own, outside the pool, which
     * is closed first.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (fileUrl == null) {
            pool.close();
            return;
        }
        JdbcDataSource file = new JdbcDataSource();
        file.setURL(fileUrl);
        file.setUser("sa");
        try (Connection own = file.getConnection()) {
            pool.close();
            try (Statement s = own.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException e) {
            throw new StoreException("Could not compact the database file", e);
        } finally {
            pool.close();
        }
    }
}
