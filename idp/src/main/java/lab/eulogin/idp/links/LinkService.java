package lab.eulogin.idp.links;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.HexFormat;

/**
 * E-mailed links: a random token, of which only a SHA-256 hash is stored, valid for a while and
 * used at most once. Every token has the same length, so a cut-off one is recognised as such.
 */
public final class LinkService {
    private static final int TOKEN_BYTES = 32;
    /** Base64url without padding of 32 bytes. */
    public static final int TOKEN_LENGTH = 43;

    private final Database db;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    public LinkService(Database db, Clock clock, Duration validity) {
        this.db = db;
        this.clock = clock;
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    /** Issues a new token; the raw value goes into the e-mail and nowhere else. */
    public String issue(long accountId, LinkPurpose purpose) {
        return issue(accountId, purpose, null, null);
    }

    /**
     * The first password's link after a registration that started from {@code service} (a registered
     * service's address, or null): kept with the link, so the browser that opens it needs no memory of it.
     */
    public String issueInitialisation(long accountId, String service) {
        return issue(accountId, LinkPurpose.INITIALISE, null, service);
    }

    /** A link confirming {@code newEmail}, which becomes the account's address when followed. */
    public String issueEmailChange(long accountId, String newEmail) {
        return issue(accountId, LinkPurpose.EMAIL_CHANGE, newEmail, null);
    }

    private String issue(long accountId, LinkPurpose purpose, String newEmail, String service) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO link_token (token_hash, account_id, purpose, created_at, expires_at, new_email, service) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, hash(token));
            ps.setLong(2, accountId);
            ps.setString(3, purpose.name());
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(now.plus(validity)));
            ps.setString(6, newEmail);
            ps.setString(7, service);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not store a link", e);
        }
        return token;
    }

    public LinkCheck check(String token) {
        if (token == null || token.length() < TOKEN_LENGTH) {
            return new LinkCheck.Incomplete();
        }
        if (token.length() > TOKEN_LENGTH) {
            return new LinkCheck.Unknown();
        }
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT account_id, purpose, expires_at, used_at, new_email, service FROM link_token WHERE token_hash = ?")) {
            ps.setString(1, hash(token));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new LinkCheck.Unknown();
                }
                if (rs.getTimestamp("used_at") != null) {
                    return new LinkCheck.Used();
                }
                if (!clock.instant().isBefore(rs.getTimestamp("expires_at").toInstant())) {
                    return new LinkCheck.Expired();
                }
                return new LinkCheck.Valid(rs.getLong("account_id"), LinkPurpose.valueOf(rs.getString("purpose")),
                        rs.getString("new_email"), rs.getString("service"));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read a link", e);
        }
    }

    /**
     * Marks the token used, if it still is valid. Only one of two racing submissions wins, because
     * the update only matches a row nobody has used yet.
     */
    public boolean consume(String token) {
        if (!(check(token) instanceof LinkCheck.Valid)) {
            return false;
        }
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE link_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, hash(token));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("Could not use a link", e);
        }
    }

    /** The account's latest links, newest first, without their tokens (support staff, FAQ HELP-02). */
    public List<IssuedLink> recent(long accountId, int limit) {
        List<IssuedLink> issued = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT purpose, created_at, expires_at, used_at, new_email FROM link_token WHERE account_id = ? "
                             + "ORDER BY created_at DESC LIMIT ?")) {
            ps.setLong(1, accountId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp used = rs.getTimestamp(4);
                    issued.add(new IssuedLink(LinkPurpose.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant(), used == null ? null : used.toInstant(), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read links", e);
        }
        return issued;
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
