package lab.eulogin.idp.lab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.reports.ProblemReport;
import lab.eulogin.idp.reports.ProblemReports;

/**
 * {@code GET /__lab/problem-reports?email=ADDRESS}: every problem report about an account (by its
 * address, or the account it belongs to), newest first, each with all that was stored, for tests
 * that look through what EU Login keeps (FAQ PWD-03: the password is never in a report). Lab mode only.
 */
public final class LabProblemReportsHandler {
    /** More than a scenario ever sends; the support console lists fewer. */
    private static final int LIMIT = 1000;

    private final ProblemReports reports;
    private final AccountRepository accounts;

    public LabProblemReportsHandler(ProblemReports reports, AccountRepository accounts) {
        this.reports = reports;
        this.accounts = accounts;
    }

    public void get(HttpServerExchange exchange) {
        String email = exchange.getQueryParameters().getOrDefault("email", new ArrayDeque<>()).stream()
                .findFirst().orElse("");
        if (email.isBlank()) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "email-required", "Give the account's address: ?email=ADDRESS");
            return;
        }
        long accountId = accounts.findByEmail(email).map(a -> a.id()).orElse(-1L);
        List<Map<String, Object>> found = new ArrayList<>();
        for (ProblemReport report : reports.about(accountId, email, LIMIT)) {
            found.add(asJson(report));
        }
        LabJson.send(exchange, StatusCodes.OK, Map.of("email", email, "reports", found));
    }

    private static Map<String, Object> asJson(ProblemReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", r.reference());
        json.put("accountProven", r.accountProven());
        json.put("email", r.email());
        json.put("relationship", r.relationship());
        json.put("serviceId", r.serviceId());
        json.put("serviceName", r.serviceName());
        json.put("serviceUrl", r.serviceUrl());
        json.put("urlSource", r.urlSource() == null ? null : r.urlSource().name());
        json.put("lastSmsRequestedAt", r.lastSmsRequestedAt() == null ? null : r.lastSmsRequestedAt().toString());
        json.put("lastSmsDeliveredAt", r.lastSmsDeliveredAt() == null ? null : r.lastSmsDeliveredAt().toString());
        json.put("userAgent", r.userAgent());
        json.put("description", r.description());
        json.put("createdAt", r.createdAt().toString());
        json.put("resolvedAt", r.resolvedAt() == null ? null : r.resolvedAt().toString());
        json.put("resolvedBy", r.resolvedBy());
        json.put("screenshots", r.screenshots());
        return json;
    }
}
