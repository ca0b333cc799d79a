package lab.eulogin.idp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void theSchemaVersionIsTheNewestMigration() throws IOException, URISyntaxException {
        Path folder = Path.of(Database.class.getClassLoader().getResource("db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            int newest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
            assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void anEmptyDatabaseIsMigratedAndThenCurrent() {
        assertThat(Database.isCurrent(dataSource())).isFalse();
        try (Database db = Database.open(url)) {
            assertThat(Database.isCurrent(db.dataSource())).isTrue();
        }
    }

    @Test
    void aDatabaseOfAnOlderLabIsBroughtUpToDate() {
        JdbcDataSource older = dataSource();
        Flyway.configure().dataSource(older).locations("classpath:db/migration")
                .target(String.valueOf(Database.SCHEMA_VERSION - 1)).load().migrate();
        assertThat(Database.isCurrent(older)).isFalse();

        try (Database db = Database.open(url)) {
            assertThat(Database.isCurrent(db.dataSource())).isTrue();
            assertThat(db.findOne("read the schema", "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = ?",
                    String.valueOf(Database.SCHEMA_VERSION), rs -> rs.getInt(1))).contains(1);
        }
    }

    @Test
    void problemReportsStoredBeforeVersion14KeepTheirSourceAndLaterOnesMayHaveNone() throws SQLException {
        JdbcDataSource older = dataSource();
        Flyway.configure().dataSource(older).locations("classpath:db/migration").target("13").load().migrate();
        try (Connection c = older.getConnection(); Statement insert = c.createStatement()) {
            insert.executeUpdate("INSERT INTO problem_report (reference, email, url_source, description, created_at) "
                    + "VALUES ('IM0000000001', 'ana@example.eu', 'BOOKMARK', 'Stored before', CURRENT_TIMESTAMP)");
        }

        try (Database db = Database.open(url)) {
            assertThat(db.findOne("read a report", "SELECT url_source, description FROM problem_report WHERE reference = ?",
                    "IM0000000001", rs -> rs.getString(1) + ", " + rs.getString(2))).contains("BOOKMARK, Stored before");
            db.update("store a report that names no address", "INSERT INTO problem_report (reference, email, description, "
                    + "created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)", "IM0000000002", "ana@example.eu", "No address");
            assertThat(db.findOne("read a report", "SELECT url_source FROM problem_report WHERE reference = ?",
                    "IM0000000002", rs -> rs.getObject(1) == null)).contains(true);
        }
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return ds;
    }
}
