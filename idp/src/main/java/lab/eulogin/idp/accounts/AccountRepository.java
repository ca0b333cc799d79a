package lab.eulogin.idp.accounts;

import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Accounts in the embedded store. */
public final class AccountRepository {
    private static final String COLUMNS =
            "id, uid, email, first_name, last_name, email_language, kind, password_hash, password_changed_at, created_at";
    private static final String UID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String DUPLICATE_KEY = "23505";

    private final Database db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccountRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Account> findByEmail(String email) {
        return findOne("SELECT " + COLUMNS + " FROM account WHERE email = ?", EmailAddresses.normalise(email));
    }

    public Optional<Account> findById(long id) {
        return findOne("SELECT " + COLUMNS + " FROM account WHERE id = ?", id);
    }

    /** Creates the account; the unique address makes a racing second registration fail here. */
    public Account create(NewAccount account) {
        String email = EmailAddresses.normalise(account.email());
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO account (uid, email, first_name, last_name, email_language, kind, created_at) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, newUid());
            ps.setString(2, email);
            ps.setString(3, account.firstName());
            ps.setString(4, account.lastName());
            ps.setString(5, account.emailLanguage().toLanguageTag());
            ps.setString(6, account.kind().name());
            ps.setTimestamp(7, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new EmailAlreadyRegisteredException(email);
            }
            throw new StoreException("Could not create the account", e);
        }
        return findByEmail(email).orElseThrow();
    }

    public void setPassword(long accountId, String passwordHash) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE account SET password_hash = ?, password_changed_at = ? WHERE id = ?")) {
            ps.setString(1, passwordHash);
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setLong(3, accountId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not set the password", e);
        }
    }

    private Optional<Account> findOne(String sql, Object key) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read an account", e);
        }
    }

    private static Account read(ResultSet rs) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("uid"),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                Locale.forLanguageTag(rs.getString("email_language")),
                AccountKind.valueOf(rs.getString("kind")),
                rs.getString("password_hash"),
                instant(rs.getTimestamp("password_changed_at")),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** EU Login's external identifiers look like "n00abcde": an "n" and seven more characters. */
    private String newUid() {
        StringBuilder uid = new StringBuilder("n");
        for (int i = 0; i < 7; i++) {
            uid.append(UID_ALPHABET.charAt(random.nextInt(UID_ALPHABET.length())));
        }
        return uid.toString();
    }
}
