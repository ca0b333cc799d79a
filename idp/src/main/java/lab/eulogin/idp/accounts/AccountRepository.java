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
            "id, uid, email, first_name, last_name, email_language, kind, password_hash, password_changed_at, created_at, "
                    + "legacy_username, operator_email, failed_attempts, locked_until, last_method, "
                    + "email_notifications, warn_when_identity_asked, details_after_sign_in, always_multi_factor";
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

    /** An old ECAS user name, compared case-insensitively (FAQ SIGN-04). */
    public Optional<Account> findByLegacyUsername(String username) {
        return findOne("SELECT " + COLUMNS + " FROM account WHERE legacy_username = ?",
                username.strip().toLowerCase(Locale.ROOT));
    }

    /** An address an operator set, which is not the one that signs in (FAQ SIGN-05). */
    public Optional<Account> findByOperatorEmail(String email) {
        return findOne("SELECT " + COLUMNS + " FROM account WHERE operator_email = ?", EmailAddresses.normalise(email));
    }

    /** By the unique identifier EU Login shows, such as "n00abcde". */
    public Optional<Account> findByUid(String uid) {
        return findOne("SELECT " + COLUMNS + " FROM account WHERE uid = ?", uid == null ? "" : uid);
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
        setPassword(accountId, passwordHash, clock.instant());
    }

    /** A new password also ends any lock: the owner proved control of the account. */
    public void setPassword(long accountId, String passwordHash, Instant changedAt) {
        update("UPDATE account SET password_hash = ?, password_changed_at = ?, failed_attempts = 0, locked_until = NULL "
                + "WHERE id = ?", passwordHash, Timestamp.from(changedAt), accountId);
    }

    /** Counts one more wrong password in the database itself, so racing attempts are all counted. */
    public int recordFailedAttempt(long accountId) {
        update("UPDATE account SET failed_attempts = failed_attempts + 1 WHERE id = ?", accountId);
        return findById(accountId).map(Account::failedAttempts).orElse(0);
    }

    public void lockUntil(long accountId, Instant until) {
        update("UPDATE account SET failed_attempts = 0, locked_until = ? WHERE id = ?", Timestamp.from(until), accountId);
    }

    /** After a good password, or when the helpdesk unlocks the account. */
    public void clearFailedAttempts(long accountId) {
        update("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ?", accountId);
    }

    public void setLegacyUsername(long accountId, String username) {
        update("UPDATE account SET legacy_username = ? WHERE id = ?", username.strip().toLowerCase(Locale.ROOT), accountId);
    }

    public void setOperatorEmail(long accountId, String email) {
        update("UPDATE account SET operator_email = ? WHERE id = ?", EmailAddresses.normalise(email), accountId);
    }

    /** @throws EmailAlreadyRegisteredException when another account took the address meanwhile */
    public void changeEmail(long accountId, String newEmail) {
        String email = EmailAddresses.normalise(newEmail);
        try {
            update("UPDATE account SET email = ? WHERE id = ?", email, accountId);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState())) {
                throw new EmailAlreadyRegisteredException(email);
            }
            throw e;
        }
    }

    /**
     * The verification method of the account's last sign-in, by its strength's name, preselected next
     * time. Most sign-ins use the same method as the last one: then nothing is written.
     */
    public void setLastMethod(long accountId, String method) {
        update("UPDATE account SET last_method = ? WHERE id = ? AND (last_method IS NULL OR last_method <> ?)",
                method, accountId, method);
    }

    /** "Configure my account": the four options at once, as the page submits them. */
    public void setSettings(long accountId, AccountSettings settings) {
        update("UPDATE account SET email_notifications = ?, warn_when_identity_asked = ?, details_after_sign_in = ?, "
                        + "always_multi_factor = ? WHERE id = ?", settings.emailNotifications(),
                settings.warnWhenIdentityAsked(), settings.detailsAfterSignIn(), settings.alwaysMultiFactor(), accountId);
    }

    private void update(String sql, Object... params) {
        db.update("update an account", sql, params);
    }

    private Optional<Account> findOne(String sql, Object key) {
        return db.findOne("read an account", sql, key, AccountRepository::read);
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
                instant(rs.getTimestamp("created_at")),
                rs.getString("legacy_username"),
                rs.getString("operator_email"),
                rs.getInt("failed_attempts"),
                instant(rs.getTimestamp("locked_until")),
                rs.getString("last_method"),
                new AccountSettings(rs.getBoolean("email_notifications"), rs.getBoolean("warn_when_identity_asked"),
                        rs.getBoolean("details_after_sign_in"), rs.getBoolean("always_multi_factor")));
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
