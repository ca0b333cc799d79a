package lab.eulogin.idp.phones;

import lab.eulogin.idp.limits.WindowCounter;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * SMS challenges: "a Sign in challenge code made of nine characters separated with hyphens"
 * (EU Login's words), from letters and digits that cannot be mistaken for one another; valid for a
 * while, for a few tries, at a rate no one can use to flood a phone.
 */
public final class SmsChallenges {
    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final SecureRandom RANDOM = new SecureRandom();

    public sealed interface Sent {
        record Ok(String number, Instant expiresAt) implements Sent { }

        /** Asked again too soon after the last code. */
        record TooSoon(Instant retryAt) implements Sent { }

        /** Too many codes to this number, or from this client, within the hour. */
        record TooMany() implements Sent { }

        /** The provider failed or did not answer; nothing was sent. */
        record GatewayFailed() implements Sent { }
    }

    public sealed interface Checked {
        record Accepted(String number) implements Checked { }

        record Wrong(int triesLeft) implements Checked { }

        record Expired() implements Checked { }

        /** No code is waiting, or its tries are used up: a new one must be asked for. */
        record NoneWaiting() implements Checked { }
    }

    private final Database db;
    private final Clock clock;
    private final SmsGateway gateway;
    private final SmsPolicy policy;
    private final WindowCounter perClient;
    private final LongFunction<String> receiptUrl;

    /**
     * @param receiptUrl where the provider posts the delivery receipts of the challenge with this id
     *                   (null: none asked for)
     */
    public SmsChallenges(Database db, Clock clock, SmsGateway gateway, SmsPolicy policy, LongFunction<String> receiptUrl) {
        this.db = db;
        this.clock = clock;
        this.gateway = gateway;
        this.policy = policy;
        this.receiptUrl = receiptUrl;
        this.perClient = new WindowCounter(clock, Duration.ofHours(1));
    }

    public SmsChallenges(Database db, Clock clock, SmsGateway gateway, SmsPolicy policy) {
        this(db, clock, gateway, policy, id -> null);
    }

    /** Forgets how many codes each client asked for (the lab's reset between tests). */
    public void forgetCounts() {
        perClient.clear();
    }

    public SmsPolicy policy() {
        return policy;
    }

    /**
     * Sends a new code, replacing any code still waiting for the same purpose. The pause between
     * two codes counts per purpose: a sign-in code right after the code that added the number is
     * what someone sent on from "add a mobile phone" does, not a flood; the hourly cap counts
     * every code to the number. The challenge is stored before it is sent, so that the provider's
     * delivery receipt, which may come back before the provider has even answered, finds it; it
     * counts only once the provider has taken it.
     *
     * @param message builds the text of the SMS around the code
     */
    public Sent send(long accountId, String number, ChallengePurpose purpose, String client,
                     Function<String, String> message) {
        Instant now = clock.instant();
        Instant last = lastSentTo(number, purpose);
        if (last != null && now.isBefore(last.plus(policy.resendInterval()))) {
            return new Sent.TooSoon(last.plus(policy.resendInterval()));
        }
        if (sentTo(number, now.minus(Duration.ofHours(1))) >= policy.maxPerHour()
                || perClient.count(client) >= policy.maxPerHour()) {
            return new Sent.TooMany();
        }
        String code = newCode();
        Instant expires = now.plus(policy.challengeValidity());
        long id = insert(accountId, number, purpose, hash(code), now, expires);
        String sid;
        try {
            sid = gateway.send(number, message.apply(code), receiptUrl.apply(id));
        } catch (SmsDeliveryException e) {
            update("DELETE FROM sms_challenge WHERE id = ?", id);
            return new Sent.GatewayFailed();
        }
        perClient.record(client);
        update("UPDATE sms_challenge SET tries_left = 0 WHERE account_id = ? AND purpose = ? AND used_at IS NULL AND id <> ?",
                accountId, purpose.name(), id);
        update("UPDATE sms_challenge SET tries_left = ?, message_sid = COALESCE(message_sid, ?) WHERE id = ?",
                policy.maxTries(), sid, id);
        return new Sent.Ok(number, expires);
    }

    /** Checks a typed code; case, spaces and hyphens do not matter. */
    public Checked check(long accountId, ChallengePurpose purpose, String typed) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, number, code_hash, expires_at, tries_left FROM sms_challenge "
                             + "WHERE account_id = ? AND purpose = ? AND used_at IS NULL ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, accountId);
            ps.setString(2, purpose.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt("tries_left") <= 0) {
                    return new Checked.NoneWaiting();
                }
                long id = rs.getLong("id");
                if (!clock.instant().isBefore(rs.getTimestamp("expires_at").toInstant())) {
                    return new Checked.Expired();
                }
                // The try is taken before the code is compared, so that guesses sent side by side
                // cannot have more tries between them than one challenge allows.
                if (updateCount("UPDATE sms_challenge SET tries_left = tries_left - 1 WHERE id = ? AND tries_left > 0",
                        id) == 0) {
                    return new Checked.NoneWaiting();
                }
                if (MessageDigest.isEqual(hash(normalise(typed)).getBytes(StandardCharsets.US_ASCII),
                        rs.getString("code_hash").getBytes(StandardCharsets.US_ASCII))) {
                    // Only one of two racing submissions of the right code gets through.
                    int used = updateCount("UPDATE sms_challenge SET used_at = ? WHERE id = ? AND used_at IS NULL",
                            Timestamp.from(clock.instant()), id);
                    return used == 1 ? new Checked.Accepted(rs.getString("number")) : new Checked.NoneWaiting();
                }
                return new Checked.Wrong(rs.getInt("tries_left") - 1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not check an SMS challenge", e);
        }
    }

    private Instant lastSentTo(String number, ChallengePurpose purpose) {
        return lastSent("SELECT MAX(sent_at) FROM sms_challenge WHERE number = ? AND purpose = ?", number, purpose.name());
    }

    private Instant lastSent(String sql, String... params) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                return t == null ? null : t.toInstant();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read SMS challenges", e);
        }
    }

    /**
     * One SMS challenge as support staff see it: where and when it went, whether the phone got it;
     * never its code.
     *
     * @param deliveryStatus the provider's last word on it (queued, sent, delivered, undelivered,
     *                       failed), or null when it sent none
     */
    public record SentChallenge(String number, ChallengePurpose purpose, Instant sentAt, Instant expiresAt,
                                Instant usedAt, String deliveryStatus, Instant deliveredAt) {
        public String numberShown() {
            return PhoneNumbers.display(number);
        }
    }

    /** The last SMS asked for and the last one the phone received, for the account (FAQ HELP-01). */
    public record History(Instant lastRequested, Instant lastDelivered) {
    }

    /** Statuses of Twilio's receipts; once a final one is known, a late earlier one changes nothing. */
    private static final Set<String> STATUSES = Set.of("accepted", "queued", "sending", "sent", "delivered",
            "undelivered", "failed");

    /** The account's latest challenges, newest first. */
    public List<SentChallenge> recent(long accountId, int limit) {
        List<SentChallenge> sent = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT number, purpose, sent_at, expires_at, used_at, delivery_status, delivered_at FROM sms_challenge "
                             + "WHERE account_id = ? ORDER BY id DESC LIMIT ?")) {
            ps.setLong(1, accountId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sent.add(new SentChallenge(rs.getString(1), ChallengePurpose.valueOf(rs.getString(2)),
                            instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
                            rs.getString(6), instant(rs.getTimestamp(7))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read SMS challenges", e);
        }
        return sent;
    }

    public History history(long accountId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT MAX(sent_at), MAX(delivered_at) FROM sms_challenge WHERE account_id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new History(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read SMS challenges", e);
        }
    }

    /**
     * A delivery receipt from the provider for the challenge with this id: "delivered" is when the
     * phone received it. A receipt naming another message than the one sent is ignored.
     *
     * @return whether the receipt was taken
     */
    public boolean recordReceipt(long challengeId, String messageSid, String status) {
        String normalised = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(normalised) || messageSid == null || messageSid.isBlank() || messageSid.length() > 64) {
            return false;
        }
        Instant now = clock.instant();
        return updateCount("UPDATE sms_challenge SET delivery_status = ?, message_sid = COALESCE(message_sid, ?), "
                        + "delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END "
                        + "WHERE id = ? AND (message_sid IS NULL OR message_sid = ?) "
                        + "AND (delivery_status IS NULL OR delivery_status NOT IN ('delivered', 'undelivered', 'failed'))",
                normalised, messageSid, normalised.equals("delivered"), Timestamp.from(now), challengeId, messageSid) == 1;
    }

    private long insert(long accountId, String number, ChallengePurpose purpose, String codeHash, Instant sentAt,
                        Instant expiresAt) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO sms_challenge (account_id, number, purpose, code_hash, sent_at, expires_at, tries_left) "
                             + "VALUES (?, ?, ?, ?, ?, ?, 0)", new String[]{"ID"})) {
            ps.setLong(1, accountId);
            ps.setString(2, number);
            ps.setString(3, purpose.name());
            ps.setString(4, codeHash);
            ps.setTimestamp(5, Timestamp.from(sentAt));
            ps.setTimestamp(6, Timestamp.from(expiresAt));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not store an SMS challenge", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 9; i++) {
            if (i > 0 && i % 3 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String normalise(String typed) {
        String bare = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return bare.length() == 9 ? bare.substring(0, 3) + "-" + bare.substring(3, 6) + "-" + bare.substring(6) : bare;
    }

    private int sentTo(String number, Instant since) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sms_challenge WHERE number = ? AND sent_at > ?")) {
            ps.setString(1, number);
            ps.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not count SMS challenges", e);
        }
    }

    private void update(String sql, Object... params) {
        updateCount(sql, params);
    }

    private int updateCount(String sql, Object... params) {
        return db.update("store an SMS challenge", sql, params);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
