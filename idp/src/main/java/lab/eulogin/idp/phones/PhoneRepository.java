package lab.eulogin.idp.phones;

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

/** The mobile numbers of each account. */
public final class PhoneRepository {
    private final Database db;

    public PhoneRepository(Database db) {
        this.db = db;
    }

    public List<MobilePhone> of(long accountId) {
        List<MobilePhone> phones = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, account_id, number, added_at FROM mobile_phone WHERE account_id = ? ORDER BY added_at, id")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    phones.add(new MobilePhone(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read mobile phones", e);
        }
        return phones;
    }

    /** Adding a number the account already has changes nothing. */
    public void add(long accountId, String number, Instant at) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO mobile_phone (account_id, number, added_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, accountId);
            ps.setString(2, number);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return;
            }
            throw new StoreException("Could not add a mobile phone", e);
        }
    }

    /** Every number of the account, as PANIC deletes them (FAQ SMS-09); how many there were. */
    public int deleteAll(long accountId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM mobile_phone WHERE account_id = ?")) {
            ps.setLong(1, accountId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not delete the mobile phones", e);
        }
    }

    /** @return whether the account had that phone */
    public boolean delete(long accountId, long phoneId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM mobile_phone WHERE account_id = ? AND id = ?")) {
            ps.setLong(1, accountId);
            ps.setLong(2, phoneId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("Could not delete a mobile phone", e);
        }
    }
}
