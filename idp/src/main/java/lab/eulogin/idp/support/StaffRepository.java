package lab.eulogin.idp.support;

import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The support staff's accounts in the embedded store. */
final class StaffRepository {
    private static final String COLUMNS = "id, login, display_name, role, password_hash, failed_attempts, locked_until, created_at";
    private static final String DUPLICATE_KEY = "23505";

    /** A staff member with their password hash, for the sign-in check only. */
    record Stored(StaffMember member, String passwordHash) {
    }

    private final Database db;

    StaffRepository(Database db) {
        this.db = db;
    }

    Optional<Stored> findByLogin(String login) {
        return findOne("SELECT " + COLUMNS + " FROM support_staff WHERE login = ?", login);
    }

    Optional<Stored> findById(long id) {
        return findOne("SELECT " + COLUMNS + " FROM support_staff WHERE id = ?", id);
    }

    /** @return false when the login is taken */
    boolean create(String login, String displayName, StaffRole role, String passwordHash, Instant at) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO support_staff (login, display_name, role, "
                     + "password_hash, created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, login);
            ps.setString(2, displayName);
            ps.setString(3, role.name());
            ps.setString(4, passwordHash);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw new StoreException("Could not create a support staff account", e);
        }
    }

    int recordFailedAttempt(long id) {
        update("UPDATE support_staff SET failed_attempts = failed_attempts + 1 WHERE id = ?", id);
        return findById(id).map(s -> s.member().failedAttempts()).orElse(0);
    }

    void lockUntil(long id, Instant until) {
        update("UPDATE support_staff SET failed_attempts = 0, locked_until = ? WHERE id = ?", Timestamp.from(until), id);
    }

    void clearFailedAttempts(long id) {
        update("UPDATE support_staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?", id);
    }

    private void update(String sql, Object... params) {
        db.update("update a support staff account", sql, params);
    }

    private Optional<Stored> findOne(String sql, Object key) {
        return db.findOne("read a support staff account", sql, key, StaffRepository::read);
    }

    private static Stored read(ResultSet rs) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Stored(new StaffMember(rs.getLong("id"), rs.getString("login"),
                rs.getString("display_name"), StaffRole.valueOf(rs.getString("role")),
                rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(),
                rs.getTimestamp("created_at").toInstant()), rs.getString("password_hash"));
    }
}
