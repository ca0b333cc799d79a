package lab.eulogin.idp.devices;

import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.accounts.SecurityChange;
import lab.eulogin.idp.accounts.SecurityNotices;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * "Add a mobile device" (FAQ APP-01, APP-02). The PC form gives a name and a PIN; the IdP keeps the
 * PIN's slow hash and shows a QR code holding a single-use, short-lived code, its salt and the server.
 * The app scans it, makes its key pair, and enrols with a signed request that proves the PIN.
 */
public final class Enrolments {
    private static final int MAX_PIN_TRIES = 3;

    public sealed interface Started {
        record Invalid(FieldErrors errors) implements Started { }

        /** @param qrText what the QR code on the page holds */
        record Ok(long enrolmentId, String qrText, Instant expiresAt) implements Started { }
    }

    public enum Status { WAITING, ENROLLED, EXPIRED, UNKNOWN }

    /** What the app sends, read from its JSON. */
    public record Request(String code, String publicKey, String pushToken, String pinProof, String signature) {
    }

    public sealed interface Completed {
        /**
         * @param otpSecret  base64url; the app keeps it for the offline one-time codes
         * @param accountId  the account the device now signs in to
         * @param deviceName as chosen on the PC
         */
        record Enrolled(String deviceId, String otpSecret, String account, long accountId, String deviceName)
                implements Completed { }

        /** @param reason {@code unknown-code}, {@code expired}, {@code bad-request}, {@code bad-signature} or {@code wrong-pin} */
        record Refused(String reason, int triesLeft) implements Completed { }
    }

    private final Database db;
    private final DeviceRepository devices;
    private final DevicePolicy policy;
    private final Clock clock;
    private final Supplier<String> server;
    private final LongFunction<String> accountLabel;
    private final SecurityNotices notices;
    private final StatusChanges changes = new StatusChanges();

    /**
     * @param server       the IdP's public address, written into the QR code
     * @param accountLabel the account's address as the app shows it, by account id
     * @param notices      tells the owner that a device was added, or unlinked in the app
     */
    public Enrolments(Database db, DeviceRepository devices, DevicePolicy policy, Clock clock, Supplier<String> server,
                      LongFunction<String> accountLabel, SecurityNotices notices) {
        this.notices = notices;
        this.db = db;
        this.devices = devices;
        this.policy = policy;
        this.clock = clock;
        this.server = server;
        this.accountLabel = accountLabel;
    }

    public Started start(long accountId, String name, String pin, String pinConfirm) {
        FieldErrors errors = DeviceRules.check(name, pin, pinConfirm);
        String trimmed = name == null ? "" : name.strip();
        if (!errors.has("deviceName") && devices.of(accountId).stream().anyMatch(d -> d.name().equalsIgnoreCase(trimmed))) {
            errors.add("deviceName", "device-name-taken");
        }
        if (!errors.isEmpty()) {
            return new Started.Invalid(errors);
        }
        String code = DeviceCrypto.randomToken(24);
        byte[] salt = DeviceCrypto.randomBytes(16);
        byte[] pinKey = DeviceCrypto.pinKey(pin, salt, policy.pinIterations());
        Instant now = clock.instant();
        Instant expires = now.plus(policy.enrolmentValidity());
        long id;
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO device_enrolment (code_hash, account_id, name, pin_key, "
                     + "created_at, expires_at, tries_left) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, DeviceCrypto.sha256(code));
            ps.setLong(2, accountId);
            ps.setString(3, trimmed);
            ps.setString(4, DeviceCrypto.encode(pinKey));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setTimestamp(6, Timestamp.from(expires));
            ps.setInt(7, MAX_PIN_TRIES);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not start an enrolment", e);
        }
        String qr = "eulogin:enrol?server=" + URLEncoder.encode(server.get(), StandardCharsets.UTF_8)
                + "&code=" + code + "&salt=" + DeviceCrypto.encode(salt) + "&iterations=" + policy.pinIterations();
        return new Started.Ok(id, qr, expires);
    }

    /** How an enrolment started by this account stands, for the PC page that waits for the app. */
    public Status status(long accountId, long enrolmentId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT expires_at, device_id, tries_left FROM device_enrolment WHERE id = ? AND account_id = ?")) {
            ps.setLong(1, enrolmentId);
            ps.setLong(2, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Status.UNKNOWN;
                }
                if (rs.getString("device_id") != null) {
                    return devices.find(rs.getString("device_id")).isPresent() ? Status.ENROLLED : Status.UNKNOWN;
                }
                boolean over = rs.getInt("tries_left") <= 0
                        || !clock.instant().isBefore(rs.getTimestamp("expires_at").toInstant());
                return over ? Status.EXPIRED : Status.WAITING;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read an enrolment", e);
        }
    }

    /**
     * Waits until the enrolment's status is another than {@code from} (the app enrolled, the code
     * expired or its tries ran out), at most {@code atMost}: the PC page then goes on the moment the
     * app is done. The status then.
     */
    public Status awaitOther(long accountId, long enrolmentId, Status from, Duration atMost) {
        return changes.awaitOther(() -> status(accountId, enrolmentId), from, atMost);
    }

    /** Every page waiting here is answered at once, now and from now on: the server stops. */
    public void stopWaiting() {
        changes.stopWaiting();
    }

    /** The app's enrolment: the code must be waiting, the key valid, the signature its own, the PIN right. */
    public Completed complete(Request request) {
        Completed done;
        try {
            done = enrol(request);
        } finally {
            changes.changed();
        }
        // Mailed once the enrolment is stored and its lock released: a slow mail server holds up no other app.
        if (done instanceof Completed.Enrolled enrolled) {
            notices.tell(enrolled.accountId(), SecurityChange.mobileDeviceAdded(enrolled.deviceName()));
        }
        return done;
    }

    private synchronized Completed enrol(Request request) {
        if (blank(request.code()) || blank(request.publicKey()) || blank(request.pushToken())
                || blank(request.pinProof()) || blank(request.signature())) {
            return new Completed.Refused("bad-request", 0);
        }
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, account_id, name, pin_key, expires_at, tries_left "
                     + "FROM device_enrolment WHERE code_hash = ? AND device_id IS NULL")) {
            ps.setString(1, DeviceCrypto.sha256(request.code()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt("tries_left") <= 0) {
                    return new Completed.Refused("unknown-code", 0);
                }
                Instant now = clock.instant();
                if (!now.isBefore(rs.getTimestamp("expires_at").toInstant())) {
                    return new Completed.Refused("expired", 0);
                }
                ECPublicKey key;
                try {
                    key = DeviceCrypto.publicKey(request.publicKey());
                } catch (IllegalArgumentException e) {
                    return new Completed.Refused("bad-request", rs.getInt("tries_left"));
                }
                String message = DeviceCrypto.enrolmentMessage(request.code(), request.publicKey(), request.pinProof(),
                        request.pushToken());
                if (!DeviceCrypto.verify(key, message, request.signature())) {
                    return new Completed.Refused("bad-signature", rs.getInt("tries_left"));
                }
                long id = rs.getLong("id");
                byte[] pinKey = DeviceCrypto.decode(rs.getString("pin_key"));
                if (!DeviceCrypto.same(DeviceCrypto.pinProof(pinKey, request.code()), request.pinProof())) {
                    int left = rs.getInt("tries_left") - 1;
                    execute(c, "UPDATE device_enrolment SET tries_left = ? WHERE id = ?", left, id);
                    return new Completed.Refused("wrong-pin", left);
                }
                String deviceId = DeviceCrypto.randomToken(12);
                byte[] otpSecret = DeviceCrypto.randomBytes(32);
                long accountId = rs.getLong("account_id");
                devices.add(new MobileDevice(0, deviceId, accountId, rs.getString("name"), request.publicKey(), pinKey,
                        otpSecret, request.pushToken(), 0, null, now, null));
                execute(c, "UPDATE device_enrolment SET device_id = ? WHERE id = ?", deviceId, id);
                return new Completed.Enrolled(deviceId, DeviceCrypto.encode(otpSecret), accountLabel.apply(accountId),
                        accountId, rs.getString("name"));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not complete an enrolment", e);
        }
    }

    /**
     * "Delete" next to a device in My Account; its owner is told, as of one added or unlinked.
     *
     * @return whether the account had that device
     */
    public boolean delete(long accountId, long id) {
        Optional<MobileDevice> device = devices.of(accountId).stream().filter(d -> d.id() == id).findFirst();
        if (device.isEmpty() || !devices.delete(accountId, id)) {
            return false;
        }
        notices.tell(accountId, SecurityChange.mobileDeviceDeleted(device.get().name()));
        return true;
    }

    /**
     * "Unlink device" in the app: the device goes, if the request is signed with its key and was made
     * within the enrolment validity of now (ISO-8601 {@code issuedAt}); its owner is told, as of one added.
     *
     * @return whether a device was unlinked
     */
    public boolean unlink(String deviceId, String issuedAt, String signature) {
        Optional<MobileDevice> device = deviceId == null ? Optional.empty() : devices.find(deviceId);
        if (device.isEmpty()) {
            return false;
        }
        Instant issued;
        try {
            issued = Instant.parse(issuedAt);
        } catch (RuntimeException e) {
            return false;
        }
        Instant now = clock.instant();
        if (issued.isBefore(now.minus(policy.enrolmentValidity())) || issued.isAfter(now.plus(policy.enrolmentValidity()))) {
            return false;
        }
        ECPublicKey key = DeviceCrypto.publicKey(device.get().publicKey());
        if (!DeviceCrypto.verify(key, DeviceCrypto.unlinkMessage(deviceId, issuedAt), signature)) {
            return false;
        }
        devices.delete(deviceId);
        notices.tell(device.get().accountId(), SecurityChange.mobileDeviceDeleted(device.get().name()));
        return true;
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
