package lab.eulogin.idp.support;

import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Every action in the support console, with who did it and when; lines are only ever added. */
public final class SupportAudit {
    private static final int MAX_DETAIL = 500;
    private static final int MAX_LOGIN = 64;
    private static final String COLUMNS =
            "id, at, staff_login, action, account_email, detail, client, detail_code, detail_at, detail_role";

    private final Database db;
    private final Clock clock;

    public SupportAudit(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @param detail what else there is to know, or null */
    public void record(String staffLogin, AuditAction action, String accountEmail, AuditDetail detail, String client) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO support_audit (at, staff_login, action, account_email, "
                     + "detail, client, detail_code, detail_at, detail_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, cut(staffLogin, MAX_LOGIN));
            ps.setString(3, action.name());
            ps.setString(4, accountEmail == null ? null : cut(EmailAddresses.normalise(accountEmail), EmailAddresses.MAX_LENGTH));
            ps.setString(5, detail == null || detail.value() == null ? null : cut(detail.value(), MAX_DETAIL));
            ps.setString(6, client == null ? null : cut(client, 64));
            ps.setString(7, detail == null || detail.code() == null ? null : detail.code().name());
            ps.setTimestamp(8, detail == null || detail.at() == null ? null : Timestamp.from(detail.at()));
            ps.setString(9, detail == null || detail.role() == null ? null : detail.role().name());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not record a support action", e);
        }
    }

    /** The latest lines, newest first. */
    public List<AuditEntry> latest(int limit) {
        return query("SELECT " + COLUMNS + " FROM support_audit ORDER BY id DESC LIMIT ?", limit);
    }

    /** The latest lines about one account, newest first. */
    public List<AuditEntry> about(String accountEmail, int limit) {
        return query("SELECT " + COLUMNS + " FROM support_audit WHERE account_email = ? ORDER BY id DESC LIMIT ?",
                EmailAddresses.normalise(accountEmail), limit);
    }

    private List<AuditEntry> query(String sql, Object... params) {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            AuditAction.valueOf(rs.getString(4)), rs.getString(5), detail(rs), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the support audit", e);
        }
        return entries;
    }

    /** A line's detail; one written before codes existed is its English text as written. */
    private static AuditDetail detail(ResultSet rs) throws SQLException {
        String value = rs.getString("detail");
        String code = rs.getString("detail_code");
        if (code == null) {
            return value == null ? null : AuditDetail.asWritten(value);
        }
        Timestamp at = rs.getTimestamp("detail_at");
        return new AuditDetail(AuditDetail.Code.valueOf(code), value, at == null ? null : at.toInstant(),
                StaffRole.parse(rs.getString("detail_role")).orElse(null));
    }

    private static String cut(String value, int max) {
        String line = value.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= max ? line : line.substring(0, max);
    }
}
