package lab.eulogin.idp.reports;

import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Report a problem" (FAQ HELP-01): checks what the user adds, keeps it with what EU Login gathered
 * itself, and gives the report its reference.
 */
public final class ProblemReports {
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_RELATIONSHIP = 200;
    public static final int MAX_ADDRESS = 2000;
    public static final int MAX_USER_AGENT = 500;
    public static final int MAX_SCREENSHOTS = 3;
    public static final long MAX_SCREENSHOT_BYTES = 2L * 1024 * 1024;
    private static final String DUPLICATE_KEY = "23505";
    private static final String COLUMNS = "r.id, r.reference, r.account_id, r.account_proven, r.email, r.relationship, "
            + "r.service_id, r.service_name, r.service_url, r.url_source, r.last_sms_requested_at, r.last_sms_delivered_at, "
            + "r.user_agent, r.description, r.created_at, r.resolved_at, r.resolved_by, "
            + "(SELECT COUNT(*) FROM problem_report_screenshot s WHERE s.report_id = r.id) AS screenshots";

    public sealed interface Outcome {
        /** Problems on the fields they belong to; nothing was stored. */
        record Invalid(FieldErrors errors) implements Outcome { }

        record Filed(ProblemReport report) implements Outcome { }
    }

    private final Database db;
    private final AccountRepository accounts;
    private final ServiceRegistry registry;
    private final Clock clock;

    public ProblemReports(Database db, AccountRepository accounts, ServiceRegistry registry, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.registry = registry;
        this.clock = clock;
    }

    public Outcome file(ReportContext context, ReportForm form) {
        FieldErrors errors = new FieldErrors();
        String email = context.accountProven() ? context.accountEmail() : EmailAddresses.normalise(form.email());
        if (!context.accountProven()) {
            if (email.isEmpty()) {
                errors.add("email", "email-required");
            } else if (email.length() > EmailAddresses.MAX_LENGTH) {
                errors.add("email", "too-long");
            } else if (!EmailAddresses.isValid(email)) {
                errors.add("email", "email-invalid");
            }
        }
        String relationship = oneLine(form.relationship());
        if (relationship.length() > MAX_RELATIONSHIP) {
            errors.add("relationship", "too-long");
        }
        String address = context.serviceKnown() ? context.serviceUrl() : oneLine(form.applicationAddress());
        if (!context.serviceKnown() && !address.isEmpty()) {
            if (address.length() > MAX_ADDRESS) {
                errors.add("applicationAddress", "too-long");
            } else if (!isWebAddress(address)) {
                errors.add("applicationAddress", "report-address-invalid");
            }
        }
        // "Where did the address come from?" is about the application's address: needed when there is
        // one, and with none it says nothing, so an answer given anyway is not kept rather than refused.
        Optional<UrlSource> source = address.isEmpty() ? Optional.empty() : UrlSource.parse(form.urlSource());
        if (!address.isEmpty() && source.isEmpty()) {
            errors.add("urlSource", "report-source-required");
        }
        String description = text(form.description());
        if (description.isBlank()) {
            errors.add("description", "report-description-required");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.add("description", "report-description-too-long");
        }
        List<Screenshot> screenshots = new ArrayList<>();
        if (form.screenshots().size() > MAX_SCREENSHOTS) {
            errors.add("screenshots", "report-screenshots-too-many");
        }
        for (Attachment file : form.screenshots()) {
            if (file.bytes() == null || file.size() > MAX_SCREENSHOT_BYTES) {
                errors.add("screenshots", "report-screenshot-too-large");
                continue;
            }
            Screenshot.of(file.bytes()).ifPresentOrElse(screenshots::add,
                    () -> errors.add("screenshots", "report-screenshot-not-picture"));
        }
        if (!errors.isEmpty()) {
            return new Outcome.Invalid(errors);
        }

        Long accountId = context.accountProven() ? context.accountId()
                : accounts.findByEmail(email).map(a -> a.id()).orElse(null);
        String serviceId = context.serviceId();
        String serviceName = context.serviceName();
        if (!context.serviceKnown() && !address.isEmpty()) {
            Optional<RegisteredService> registered = registry.find(address);
            serviceId = registered.map(RegisteredService::id).orElse(null);
            serviceName = registered.map(RegisteredService::name).orElse(null);
        }
        String userAgent = context.userAgent() == null ? null : truncate(oneLine(context.userAgent()), MAX_USER_AGENT);
        Instant now = clock.instant();
        Stored stored = new Stored(accountId, context.accountProven(), email, emptyToNull(relationship), serviceId,
                serviceName, emptyToNull(address), source.orElse(null),
                context.accountProven() && context.sms() != null ? context.sms().lastRequested() : null,
                context.accountProven() && context.sms() != null ? context.sms().lastDelivered() : null,
                userAgent, description, now);
        String reference = store(stored, screenshots);
        return new Outcome.Filed(find(reference).orElseThrow());
    }

    public Optional<ProblemReport> find(String reference) {
        if (!ReportReferences.isReference(reference)) {
            return Optional.empty();
        }
        List<ProblemReport> found = query("SELECT " + COLUMNS + " FROM problem_report r WHERE r.reference = ?", reference);
        return found.stream().findFirst();
    }

    /** The reports about an account, by its id or its address, newest first. */
    public List<ProblemReport> about(long accountId, String email, int limit) {
        return query("SELECT " + COLUMNS + " FROM problem_report r WHERE r.account_id = ? OR r.email = ? "
                + "ORDER BY r.created_at DESC, r.id DESC LIMIT ?", accountId, EmailAddresses.normalise(email), limit);
    }

    /** The screenshot at this position (from 1) of the report, if it has one. */
    public Optional<Screenshot> screenshot(String reference, int position) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT s.content_type, s.image FROM problem_report_screenshot s "
                     + "JOIN problem_report r ON r.id = s.report_id WHERE r.reference = ? AND s.position = ?")) {
            ps.setString(1, reference);
            ps.setInt(2, position);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Screenshot(rs.getString(1), rs.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read a screenshot", e);
        }
    }

    /** @return false when the report was already resolved, or does not exist */
    public boolean resolve(String reference, String staffLogin) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("UPDATE problem_report SET resolved_at = ?, resolved_by = ? "
                     + "WHERE reference = ? AND resolved_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, staffLogin);
            ps.setString(3, reference);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("Could not resolve a report", e);
        }
    }

    private record Stored(Long accountId, boolean accountProven, String email, String relationship, String serviceId,
                          String serviceName, String serviceUrl, UrlSource urlSource, Instant smsRequested,
                          Instant smsDelivered, String userAgent, String description, Instant createdAt) {
    }

    /** Stores the report and its screenshots together; a reference already taken is drawn again. */
    private String store(Stored report, List<Screenshot> screenshots) {
        for (int attempt = 0; ; attempt++) {
            String reference = ReportReferences.next();
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                try {
                    long id = insert(c, reference, report);
                    insertScreenshots(c, id, screenshots);
                    c.commit();
                    return reference;
                } catch (SQLException e) {
                    c.rollback();
                    if (!DUPLICATE_KEY.equals(e.getSQLState()) || attempt >= 5) {
                        throw e;
                    }
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException("Could not store a problem report", e);
            }
        }
    }

    private static long insert(Connection c, String reference, Stored r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO problem_report (reference, account_id, account_proven, "
                + "email, relationship, service_id, service_name, service_url, url_source, last_sms_requested_at, "
                + "last_sms_delivered_at, user_agent, description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[]{"ID"})) {
            ps.setString(1, reference);
            if (r.accountId() == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, r.accountId());
            }
            ps.setBoolean(3, r.accountProven());
            ps.setString(4, r.email());
            ps.setString(5, r.relationship());
            ps.setString(6, r.serviceId());
            ps.setString(7, r.serviceName());
            ps.setString(8, r.serviceUrl());
            ps.setString(9, r.urlSource() == null ? null : r.urlSource().name());
            ps.setTimestamp(10, timestamp(r.smsRequested()));
            ps.setTimestamp(11, timestamp(r.smsDelivered()));
            ps.setString(12, r.userAgent());
            ps.setString(13, r.description());
            ps.setTimestamp(14, Timestamp.from(r.createdAt()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertScreenshots(Connection c, long reportId, List<Screenshot> screenshots) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO problem_report_screenshot (report_id, position, "
                + "content_type, byte_size, image) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < screenshots.size(); i++) {
                Screenshot s = screenshots.get(i);
                ps.setLong(1, reportId);
                ps.setInt(2, i + 1);
                ps.setString(3, s.contentType());
                ps.setInt(4, s.bytes().length);
                ps.setBytes(5, s.bytes());
                ps.addBatch();
            }
            if (!screenshots.isEmpty()) {
                ps.executeBatch();
            }
        }
    }

    private List<ProblemReport> query(String sql, Object... params) {
        List<ProblemReport> reports = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long accountId = rs.getLong("account_id");
                    reports.add(new ProblemReport(rs.getLong("id"), rs.getString("reference"),
                            rs.wasNull() ? null : accountId, rs.getBoolean("account_proven"), rs.getString("email"),
                            rs.getString("relationship"), rs.getString("service_id"), rs.getString("service_name"),
                            rs.getString("service_url"), UrlSource.parse(rs.getString("url_source")).orElse(null),
                            instant(rs.getTimestamp("last_sms_requested_at")),
                            instant(rs.getTimestamp("last_sms_delivered_at")), rs.getString("user_agent"),
                            rs.getString("description"), instant(rs.getTimestamp("created_at")),
                            instant(rs.getTimestamp("resolved_at")), rs.getString("resolved_by"), rs.getInt("screenshots")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read problem reports", e);
        }
        return reports;
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A single line: control characters (line breaks included) become spaces. */
    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}", " ").strip();
    }

    /** Free text keeps its line breaks and tabs, loses other control characters. */
    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
