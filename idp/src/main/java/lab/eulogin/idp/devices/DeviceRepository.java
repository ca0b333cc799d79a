package lab.eulogin.idp.devices;

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

/** The devices of each account. */
public final class DeviceRepository {
    private static final String COLUMNS = "id, device_id, account_id, name, public_key, pin_key, otp_secret, push_token, "
            + "failed_pin_attempts, locked_until, enrolled_at, last_used_at";

    private final Database db;

    public DeviceRepository(Database db) {
        this.db = db;
    }

    /** The account's devices, oldest first. */
    public List<MobileDevice> of(long accountId) {
        return query("SELECT " + COLUMNS + " FROM mobile_device WHERE account_id = ? ORDER BY enrolled_at, id", accountId);
    }

    public boolean has(long accountId) {
        return !of(accountId).isEmpty();
    }

    public Optional<MobileDevice> find(String deviceId) {
        return query("SELECT " + COLUMNS + " FROM mobile_device WHERE device_id = ?", deviceId).stream().findFirst();
    }

    void add(MobileDevice device) {
        update("INSERT INTO mobile_device (device_id, account_id, name, public_key, pin_key, otp_secret, push_token, "
                        + "enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                device.deviceId(), device.accountId(), device.name(), device.publicKey(),
                DeviceCrypto.encode(device.pinKey()), DeviceCrypto.encode(device.otpSecret()), device.pushToken(),
                Timestamp.from(device.enrolledAt()));
    }

    /** @return whether the account had that device */
    public boolean delete(long accountId, long id) {
        return update("DELETE FROM mobile_device WHERE account_id = ? AND id = ?", accountId, id) == 1;
    }

    /** The panic button (FAQ APP-06): every device of the account, and every QR code still waiting to be scanned. */
    public int deleteAll(long accountId) {
        update("DELETE FROM device_enrolment WHERE account_id = ?", accountId);
        return update("DELETE FROM mobile_device WHERE account_id = ?", accountId);
    }

    /** The device was removed in the app ("Unlink device"). */
    void delete(String deviceId) {
        update("DELETE FROM mobile_device WHERE device_id = ?", deviceId);
    }

    void rightPin(long id, Instant at) {
        update("UPDATE mobile_device SET failed_pin_attempts = 0, locked_until = NULL, last_used_at = ? WHERE id = ?",
                Timestamp.from(at), id);
    }

    /** Counts a wrong PIN; the last allowed one locks the device until {@code lockUntil} and starts the count again. */
    synchronized int wrongPin(long id, int maxTries, Instant lockUntil) {
        update("UPDATE mobile_device SET failed_pin_attempts = failed_pin_attempts + 1 WHERE id = ?", id);
        int failed = query("SELECT " + COLUMNS + " FROM mobile_device WHERE id = ?", id).stream()
                .mapToInt(MobileDevice::failedPinAttempts).findFirst().orElse(0);
        if (failed >= maxTries) {
            update("UPDATE mobile_device SET failed_pin_attempts = 0, locked_until = ? WHERE id = ?",
                    Timestamp.from(lockUntil), id);
        }
        return failed;
    }

    private List<MobileDevice> query(String sql, Object... params) {
        List<MobileDevice> devices = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    devices.add(new MobileDevice(rs.getLong("id"), rs.getString("device_id"), rs.getLong("account_id"),
                            rs.getString("name"), rs.getString("public_key"),
                            DeviceCrypto.decode(rs.getString("pin_key")), DeviceCrypto.decode(rs.getString("otp_secret")),
                            rs.getString("push_token"), rs.getInt("failed_pin_attempts"),
                            instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("enrolled_at")),
                            instant(rs.getTimestamp("last_used_at"))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read mobile devices", e);
        }
        return devices;
    }

    private int update(String sql, Object... params) {
        return db.update("change mobile devices", sql, params);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
