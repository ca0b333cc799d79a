package lab.eulogin.idp.webauthn;

import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The security keys and trusted platforms of each account. */
public final class SecurityKeyRepository {
    private static final String COLUMNS = "id, account_id, credential_id, name, public_key, sign_count, created_at, last_used_at";

    private final Database db;

    public SecurityKeyRepository(Database db) {
        this.db = db;
    }

    /** The account's keys, oldest first. */
    public List<SecurityKey> of(long accountId) {
        return query("SELECT " + COLUMNS + " FROM security_key WHERE account_id = ? ORDER BY created_at, id", accountId);
    }

    public boolean has(long accountId) {
        return !of(accountId).isEmpty();
    }

    /** Whichever account holds it: a credential is registered once. */
    Optional<SecurityKey> byCredentialId(String credentialId) {
        return query("SELECT " + COLUMNS + " FROM security_key WHERE credential_id = ?", credentialId).stream().findFirst();
    }

    void add(long accountId, String credentialId, String name, byte[] publicKey, long signCount, Instant at) {
        update("INSERT INTO security_key (account_id, credential_id, name, public_key, sign_count, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", accountId, credentialId, name, publicKey, signCount, Timestamp.from(at));
    }

    /**
     * After a verified sign-in. Only if the counter is still the one verified against, so two
     * answers of one key racing each other cannot both move it.
     *
     * @return whether the key was updated
     */
    boolean used(long id, long verifiedAgainst, long signCount, Instant at) {
        return update("UPDATE security_key SET sign_count = ?, last_used_at = ? WHERE id = ? AND sign_count = ?",
                signCount, Timestamp.from(at), id, verifiedAgainst) == 1;
    }

    /** @return whether the account had that key */
    public boolean delete(long accountId, long id) {
        return update("DELETE FROM security_key WHERE account_id = ? AND id = ?", accountId, id) == 1;
    }

    /** The panic button (FAQ APP-06, APP-09): every key of the account. */
    public int deleteAll(long accountId) {
        return update("DELETE FROM security_key WHERE account_id = ?", accountId);
    }

    private List<SecurityKey> query(String sql, Object... params) {
        List<SecurityKey> keys = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new SecurityKey(rs.getLong("id"), rs.getLong("account_id"), rs.getString("credential_id"),
                            rs.getString("name"), rs.getBytes("public_key"), rs.getLong("sign_count"),
                            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at"))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read security keys", e);
        }
        return keys;
    }

    private int update(String sql, Object... params) {
        return db.update("change security keys", sql, params);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
