package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.limits.WindowCounter;
import lab.eulogin.idp.phones.SmsChallenges;
import lab.eulogin.idp.reports.Attachment;
import lab.eulogin.idp.reports.ProblemReport;
import lab.eulogin.idp.reports.ProblemReports;
import lab.eulogin.idp.reports.ReportContext;
import lab.eulogin.idp.reports.ReportForm;
import lab.eulogin.idp.reports.UrlSource;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.LoginRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/help/reportProblem.cgi}: "Report a problem" (FAQ HELP-01). EU Login fills in what the
 * helpdesk asks for and it knows itself (the account, the application and its address, the last SMS
 * asked for and received, the browser); the user adds where the address came from, a description
 * and screenshots. The report gets a reference like "IM00xxxxxxxx", shown on the next page.
 */
public final class ProblemReportHandler {
    /**
     * Room for the screenshots allowed and more, so that one too many or too large gets its message
     * next to the field rather than a refusal of the whole request. Kept in memory, so bounded.
     */
    private static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024;
    /** Reports one client may send in an hour: plenty for a person, few for a flood. */
    static final int MAX_PER_HOUR = 10;

    private final Web web;
    private final AccountRepository accounts;
    private final SmsChallenges sms;
    private final ProblemReports reports;
    private final WindowCounter perClient;

    public ProblemReportHandler(Web web, AccountRepository accounts, SmsChallenges sms, ProblemReports reports, Clock clock) {
        this.web = web;
        this.accounts = accounts;
        this.sms = sms;
        this.reports = reports;
        this.perClient = new WindowCounter(clock, Duration.ofHours(1));
    }

    public void form(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        ReportContext context = gather(exchange, session);
        String email = context.accountEmail() != null ? context.accountEmail()
                : session.pendingEmail() == null ? "" : session.pendingEmail();
        ReportForm empty = new ReportForm(email, "", "", "", "", List.of());
        show(exchange, session, StatusCodes.OK, context, empty, new FieldErrors(), null);
    }

    public void submit(HttpServerExchange exchange) {
        exchange.setMaxEntitySize(MAX_REQUEST_BYTES);
        BrowserSession session = web.session(exchange);
        ReportContext context = gather(exchange, session);
        Form submitted;
        try {
            submitted = Form.readWithFiles(exchange);
        } catch (Form.Unreadable e) {
            boolean tooBig = e.tooLarge();
            show(exchange, session, tooBig ? StatusCodes.REQUEST_ENTITY_TOO_LARGE : StatusCodes.BAD_REQUEST, context,
                    new ReportForm("", "", "", "", "", List.of()), new FieldErrors(),
                    tooBig ? "report-too-large" : "report-unreadable");
            return;
        }
        List<Attachment> screenshots = submitted.files("screenshots", ProblemReports.MAX_SCREENSHOT_BYTES).stream()
                .map(file -> new Attachment(file.fileName(), file.size(), file.bytes()))
                .toList();
        ReportForm form = new ReportForm(submitted.get("email"), submitted.get("relationship"),
                submitted.get("applicationAddress"), submitted.get("urlSource"), submitted.get("description"),
                screenshots);
        if (!web.csrfValid(submitted, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, context, form, new FieldErrors(), "session-expired");
            return;
        }
        String client = web.client(exchange);
        if (perClient.count(client) >= MAX_PER_HOUR) {
            show(exchange, session, StatusCodes.TOO_MANY_REQUESTS, context, form, new FieldErrors(), "report-too-many");
            return;
        }
        ProblemReports.Outcome outcome = reports.file(context, form);
        if (outcome instanceof ProblemReports.Outcome.Invalid invalid) {
            show(exchange, session, StatusCodes.BAD_REQUEST, context, form, invalid.errors(),
                    screenshots.isEmpty() ? null : "report-choose-screenshots-again");
        } else if (outcome instanceof ProblemReports.Outcome.Filed filed) {
            perClient.record(client);
            session.setProblemReport(filed.report().reference());
            Web.redirect(exchange, Paths.PROBLEM_REPORTED);
        }
    }

    /** Forgets how many reports each client sent (the lab's reset between tests). */
    public void forgetCounts() {
        perClient.clear();
    }

    /** The confirmation with the reference, for the browser that sent the report only. */
    public void reported(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Optional<ProblemReport> report = Optional.ofNullable(session.problemReport()).flatMap(reports::find);
        if (report.isEmpty()) {
            Web.redirect(exchange, Paths.REPORT_PROBLEM);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("report", report.get());
        model.put("backTo", session.accountId() != null ? Paths.MY_ACCOUNT : Paths.LOGIN);
        web.render(exchange, session, "problem-reported", model);
    }

    /** What EU Login knows itself; asked again at each request, never read from the form. */
    private ReportContext gather(HttpServerExchange exchange, BrowserSession session) {
        Optional<Account> account = Optional.ofNullable(provenAccount(session)).flatMap(accounts::findById);
        LoginRequest request = session.loginRequest();
        boolean service = request != null && request.hasService();
        return new ReportContext(
                account.map(Account::id).orElse(null),
                account.map(Account::email).orElse(null),
                service ? request.serviceId() : null,
                service ? request.serviceName() : null,
                service ? request.service() : null,
                account.map(a -> sms.history(a.id())).orElse(null),
                exchange.getRequestHeaders().getFirst(Headers.USER_AGENT));
    }

    /**
     * The account this browser has shown it holds: signed in, or with the right password given and
     * waiting for a second factor or a new password. An address merely typed does not count: the
     * page then shows nothing of the account.
     */
    private static Long provenAccount(BrowserSession session) {
        if (session.accountId() != null) {
            return session.accountId();
        }
        if (session.pendingSmsSignIn() != null) {
            return session.pendingSmsSignIn().accountId();
        }
        if (session.pendingAppSignIn() != null) {
            return session.pendingAppSignIn().accountId();
        }
        return session.expiredPasswordAccountId();
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, ReportContext context,
                      ReportForm form, FieldErrors errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("context", context);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("message", message);
        model.put("sources", Arrays.stream(UrlSource.values()).map(UrlSource::name).toList());
        model.put("maxDescription", ProblemReports.MAX_DESCRIPTION);
        model.put("maxScreenshots", ProblemReports.MAX_SCREENSHOTS);
        model.put("maxScreenshotMb", ProblemReports.MAX_SCREENSHOT_BYTES / (1024 * 1024));
        model.put("backTo", session.accountId() != null ? Paths.MY_ACCOUNT : Paths.LOGIN);
        web.render(exchange, session, status, "problem-report", model);
    }
}
