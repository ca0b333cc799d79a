package lab.eulogin.idp.mail;

import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every mail goes into the outbox first, is tried at once, and on a temporary failure again with a
 * growing pause (on the lab clock) until the server takes it or a day has passed. An outage of the
 * mail server loses nothing; a permanent refusal is recorded for support staff.
 */
public final class Outbox implements Mailer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(30);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(5);

    /** One mail as support staff see it: never its body, which may hold a link. */
    public record Entry(long id, String recipient, String subject, Instant createdAt, int attempts, Instant sentAt,
                        Instant failedAt, String lastError) {
    }

    private final Database db;
    private final SmtpMailer smtp;
    private final Clock clock;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mail-outbox");
        t.setDaemon(true);
        return t;
    });

    public Outbox(Database db, SmtpMailer smtp, Clock clock, Duration checkEvery) {
        this.db = db;
        this.smtp = smtp;
        this.clock = clock;
        retries.scheduleWithFixedDelay(this::retryDue, checkEvery.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Delivery send(OutgoingMail mail) {
        long id = insert(mail);
        return attempt(id, mail, 0, clock.instant());
    }

    /**
     * Tries every mail whose next attempt is due; the worker calls it, tests may too. One round
     * at a time, so two callers never send the same mail twice.
     */
    public synchronized void retryDue() {
        try {
            Instant now = clock.instant();
            for (Pending p : due(now)) {
                attempt(p.id(), p.mail(), p.attempts(), p.createdAt());
            }
        } catch (RuntimeException e) {
            LOG.warn("Mail retry round failed: {}", e.getMessage());
        }
    }

    public List<Entry> to(String recipient) {
        List<Entry> entries = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, recipient, subject, created_at, attempts, sent_at, "
                     + "failed_at, last_error FROM mail_outbox WHERE recipient = ? ORDER BY id")) {
            ps.setString(1, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4), rs.getInt(5),
                            instant(rs, 6), instant(rs, 7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the outbox", e);
        }
        return entries;
    }

    private Delivery attempt(long id, OutgoingMail mail, int attemptsBefore, Instant createdAt) {
        Instant now = clock.instant();
        int attempts = attemptsBefore + 1;
        try {
            smtp.send(mail);
            update("UPDATE mail_outbox SET attempts = ?, sent_at = ?, next_attempt_at = NULL, text_body = NULL, "
                    + "html_body = NULL, last_error = NULL WHERE id = ?", attempts, Timestamp.from(now), id);
            return Delivery.SENT;
        } catch (MailDeliveryException e) {
            String error = e.getMessage().length() > 1000 ? e.getMessage().substring(0, 1000) : e.getMessage();
            if (!e.temporary() || now.isAfter(createdAt.plus(GIVE_UP_AFTER))) {
                LOG.warn("Mail {} to {} given up: {}", id, mail.to(), error);
                update("UPDATE mail_outbox SET attempts = ?, failed_at = ?, next_attempt_at = NULL, text_body = NULL, "
                        + "html_body = NULL, last_error = ? WHERE id = ?", attempts, Timestamp.from(now), error, id);
                return Delivery.FAILED;
            }
            Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 6));
            if (pause.compareTo(LONGEST_PAUSE) > 0) {
                pause = LONGEST_PAUSE;
            }
            LOG.info("Mail {} to {} not taken yet (attempt {}), next in {}: {}", id, mail.to(), attempts, pause, error);
            update("UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                    attempts, Timestamp.from(now.plus(pause)), error, id);
            return Delivery.QUEUED;
        }
    }

    private record Pending(long id, OutgoingMail mail, int attempts, Instant createdAt) {
    }

    private List<Pending> due(Instant now) {
        List<Pending> pending = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, recipient, subject, text_body, html_body, attempts, "
                     + "created_at FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ? "
                     + "ORDER BY id LIMIT 100")) {
            ps.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pending.add(new Pending(rs.getLong(1),
                            new OutgoingMail(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                            rs.getInt(6), instant(rs, 7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the outbox", e);
        }
        return pending;
    }

    private long insert(OutgoingMail mail) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO mail_outbox (recipient, subject, text_body, html_body, "
                     + "created_at) VALUES (?, ?, ?, ?, ?)", new String[]{"ID"})) {
            ps.setString(1, mail.to());
            ps.setString(2, mail.subject());
            ps.setString(3, mail.text());
            ps.setString(4, mail.html());
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not queue a mail", e);
        }
    }

    private void update(String sql, Object... params) {
        db.update("update the outbox", sql, params);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /**
     * Stops the retries and waits for one under way: it holds a database connection, and the
     * database file stays locked (a restart on the same data folder refused) until it is back.
     */
    @Override
    public void close() {
        retries.shutdownNow();
        try {
            if (!retries.awaitTermination(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("A mail retry was still running {} s after the outbox was stopped", STOP_WITHIN.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
