package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.reports.ProblemReport;
import lab.eulogin.idp.reports.ProblemReports;
import lab.eulogin.idp.reports.Screenshot;
import lab.eulogin.idp.support.AuditAction;
import lab.eulogin.idp.support.AuditDetail;
import lab.eulogin.idp.support.SupportAudit;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code /cas/support/reports/{reference}}: a problem report as support staff read it (FAQ HELP-01,
 * HELP-02), with its screenshots; agents mark it resolved.
 */
public final class SupportReportsHandler {
    private final SupportWeb web;
    private final Web userWeb;
    private final ProblemReports reports;
    private final AccountRepository accounts;
    private final SupportAudit audit;

    public SupportReportsHandler(SupportWeb web, Web userWeb, ProblemReports reports, AccountRepository accounts,
                          SupportAudit audit) {
        this.web = web;
        this.userWeb = userWeb;
        this.reports = reports;
        this.accounts = accounts;
        this.audit = audit;
    }

    public void report(HttpServerExchange exchange) {
        web.requireStaff(exchange).ifPresent(signed -> {
            Optional<ProblemReport> report = reports.find(Web.query(exchange, "reference"));
            if (report.isEmpty()) {
                notFound(exchange, signed);
                return;
            }
            audit.record(signed.member().login(), AuditAction.VIEW_REPORT, report.get().email(),
                    AuditDetail.report(report.get().reference()), userWeb.client(exchange));
            show(exchange, signed, StatusCodes.OK, report.get(), null);
        });
    }

    public void screenshot(HttpServerExchange exchange) {
        web.requireStaff(exchange).ifPresent(signed -> {
            int position;
            try {
                position = Integer.parseInt(Web.query(exchange, "position"));
            } catch (NumberFormatException e) {
                position = 0;
            }
            Optional<Screenshot> shot = reports.screenshot(Web.query(exchange, "reference"), position);
            if (shot.isEmpty()) {
                exchange.setStatusCode(StatusCodes.NOT_FOUND);
                exchange.endExchange();
                return;
            }
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, shot.get().contentType());
            exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "inline");
            exchange.getResponseSender().send(ByteBuffer.wrap(shot.get().bytes()));
        });
    }

    public void resolve(HttpServerExchange exchange) {
        web.requireStaff(exchange).ifPresent(signed -> {
            Optional<ProblemReport> report = reports.find(Web.query(exchange, "reference"));
            if (report.isEmpty()) {
                notFound(exchange, signed);
                return;
            }
            Form form = userWeb.form(exchange);
            if (!web.csrfValid(form, signed.session())) {
                show(exchange, signed, StatusCodes.FORBIDDEN, report.get(), "session-expired");
                return;
            }
            if (!signed.member().role().mayAct()) {
                audit.record(signed.member().login(), AuditAction.REFUSED, report.get().email(),
                        AuditDetail.notAllowed(AuditDetail.Code.RESOLVE_NOT_ALLOWED, signed.member().role(),
                                report.get().reference()), userWeb.client(exchange));
                show(exchange, signed, StatusCodes.FORBIDDEN, report.get(), "support-not-allowed");
                return;
            }
            if (reports.resolve(report.get().reference(), signed.member().login())) {
                audit.record(signed.member().login(), AuditAction.RESOLVE_REPORT, report.get().email(),
                        AuditDetail.report(report.get().reference()), userWeb.client(exchange));
                signed.session().setNotice("support-report-resolved");
            }
            Web.redirect(exchange, Paths.SUPPORT + "/reports/" + report.get().reference());
        });
    }

    private void show(HttpServerExchange exchange, SupportWeb.Signed signed, int status, ProblemReport report,
                      String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("screenshots", IntStream.rangeClosed(1, report.screenshots()).boxed().toList());
        model.put("mayAct", signed.member().role().mayAct());
        model.put("message", message);
        Optional.ofNullable(report.accountId()).flatMap(accounts::findById)
                .ifPresent(account -> model.put("accountPath", SupportConsoleHandler.accountPath(account)));
        web.render(exchange, signed.session(), status, "support-report", model);
    }

    private void notFound(HttpServerExchange exchange, SupportWeb.Signed signed) {
        web.render(exchange, signed.session(), StatusCodes.NOT_FOUND, "support-home",
                Map.of("typed", "", "message", "support-no-report"));
    }
}
