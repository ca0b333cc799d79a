package lab.eulogin.idp.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

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

    private final JdbcConnectionPool pool;
    /** The URL of a database in a file, compacted when closed; null for one in memory. */
    private final String fileUrl;

    private Database(JdbcConnectionPool pool, String fileUrl) {
        this.pool = pool;
        this.fileUrl = fileUrl;
    }

    public static Database open(String jdbcUrl) {
        boolean inFile = jdbcUrl.startsWith("jdbc:h2:file:");
        String url = withSetting(jdbcUrl, "QUERY_CACHE_SIZE", String.valueOf(QUERY_CACHE_SIZE));
        if (inFile) {
            url = withSetting(url, "REUSE_SPACE", "FALSE");
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new Database(pool, inFile ? url : null);
    }

    /**
     * The URL with an H2 setting added, unless the URL sets it. The query cache: each H2
     * connection keeps its last parsed statements (8 by default). One sign-in alone runs more
     * distinct statements than that on a pooled connection, so each was parsed again every time;
     * the cache is made large enough for what the pages run.
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
     * Closes the database; a file written append-only is rewritten with only its live data. The
     * compaction runs on a connection of its own: a pooled one would roll back on its return to a
     * database already shut down.
     */
    @Override
    public void close() {
        if (fileUrl == null) {
            pool.dispose();
            return;
        }
        JdbcDataSource file = new JdbcDataSource();
        file.setURL(fileUrl);
        file.setUser("sa");
        try (Connection own = file.getConnection()) {
            pool.dispose();
            try (Statement s = own.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException e) {
            throw new StoreException("Could not compact the database file", e);
        } finally {
            pool.dispose();
        }
    }
}
