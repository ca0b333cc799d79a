package lab.eulogin.idp.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** The embedded H2 store, its schema brought up to date by versioned migrations at start. */
public final class Database implements AutoCloseable {
    private static final int QUERY_CACHE_SIZE = 128;

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** The newest migration under {@code db/migration}; {@code DatabaseTest} checks it is. */
    static final int SCHEMA_VERSION = 12;

    public static Database open(String jdbcUrl) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(withQueryCache(jdbcUrl), "sa", "");
        try {
            if (!isCurrent(pool)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool);
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
     * Each H2 connection keeps its last parsed statements (8 by default). One sign-in alone runs
     * more distinct statements than that on a pooled connection, so each was parsed again every
     * time; the cache is made large enough for what the pages run.
     */
    private static String withQueryCache(String jdbcUrl) {
        return jdbcUrl.toUpperCase(Locale.ROOT).contains(";QUERY_CACHE_SIZE=") ? jdbcUrl
                : jdbcUrl + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE;
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

    @Override
    public void close() {
        pool.dispose();
    }
}
