package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.mail.Delivery;
import lab.eulogin.idp.reports.ReportReferences;
import lab.eulogin.idp.support.AccountDiagnosis;
import lab.eulogin.idp.support.AuditDetail;
import lab.eulogin.idp.support.AuditAction;
import lab.eulogin.idp.support.HelpdeskActions;
import lab.eulogin.idp.support.SupportAudit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The support console's look-up and actions (FAQ HELP-02): {@code /cas/support} finds an account by
 * its e-mail address (or the address an operator set, or an old ECAS user name);
 * {@code /cas/support/accounts/{uid}} shows why it cannot sign in; agents unlock it or send its
 * owner a new initialisation link from there. Viewers look only. Each step is audited.
 */
public final class SupportConsoleHandler {
    private static final int AUDIT_LINES = 10;

    private final SupportWeb web;
    private final Web userWeb;
    private final AccountDiagnosis diagnosis;
    private final HelpdeskActions actions;
    private final SupportAudit audit;

    public SupportConsoleHandler(SupportWeb web, Web userWeb, AccountDiagnosis diagnosis, HelpdeskActions actions,
                          SupportAudit audit) {
        this.web = web;
        this.userWeb = userWeb;
        this.diagnosis = diagnosis;
        this.actions = actions;
        this.audit = audit;
    }

    public void home(HttpServerExchange exchange) {
        web.requireStaff(exchange).ifPresent(signed -> showHome(exchange, signed, StatusCodes.OK, "", null));
    }

    public void lookUp(HttpServerExchange exchange) {
        web.requireStaff(exchange).ifPresent(signed -> {
            Form form = userWeb.form(exchange);
            String typed = form.get("email").strip();
            if (!web.csrfValid(form, signed.session())) {
                showHome(exchange, signed, StatusCodes.FORBIDDEN, typed, "session-expired");
                return;
            }
            if (typed.isEmpty()) {
                showHome(exchange, signed, StatusCodes.OK, typed, "email-required");
                return;
            }
            if (ReportReferences.isReference(typed.toUpperCase(Locale.ROOT))) {
                // A reference quoted in a mail to the helpdesk leads straight to its report.
                Web.redirect(exchange, Paths.SUPPORT + "/reports/" + typed.toUpperCase(Locale.ROOT));
                return;
            }
            Optional<Account> found = diagnosis.lookUp(typed);
            audit.record(signed.member().login(), AuditAction.LOOK_UP, found.map(Account::email).orElse(null),
                    AuditDetail.lookedUp(typed, found.isPresent()), userWeb.client(exchange));
            if (found.isEmpty()) {
                showHome(exchange, signed, StatusCodes.OK, typed, "support-no-account");
                return;
            }
            Web.redirect(exchange, accountPath(found.get()));
        });
    }

    public void account(HttpServerExchange exchange) {
        web.requireStaff(exchange).ifPresent(signed -> withAccount(exchange, signed, account -> {
            audit.record(signed.member().login(), AuditAction.VIEW_ACCOUNT, account.email(), null, userWeb.client(exchange));
            showAccount(exchange, signed, StatusCodes.OK, account, null);
        }));
    }

    public void unlock(HttpServerExchange exchange) {
        act(exchange, AuditDetail.Code.UNLOCK_NOT_ALLOWED, (signed, account) -> {
            boolean wasLocked = actions.unlock(account);
            audit.record(signed.member().login(), AuditAction.UNLOCK, account.email(),
                    AuditDetail.unlocked(wasLocked ? account.lockedUntil() : null), userWeb.client(exchange));
            signed.session().setNotice(wasLocked ? "support-unlocked" : "support-not-locked");
        });
    }

    public void sendInitialisationLink(HttpServerExchange exchange) {
        act(exchange, AuditDetail.Code.INITIALISATION_LINK_NOT_ALLOWED, (signed, account) -> {
            Delivery delivery = actions.sendInitialisationLink(account);
            audit.record(signed.member().login(), AuditAction.SEND_INITIALISATION_LINK, account.email(),
                    AuditDetail.mail(delivery), userWeb.client(exchange));
            signed.session().setNotice(switch (delivery) {
                case SENT -> "support-link-sent";
                case QUEUED -> "support-link-queued";
                case FAILED -> "support-link-failed";
            });
        });
    }

    private interface Action {
        void run(SupportWeb.Signed signed, Account account);
    }

    /**
     * An action of an agent on the account: CSRF checked, a viewer refused (and that audited), then back to the account.
     *
     * @param refusal how the audit names the action when the role does not allow it
     */
    private void act(HttpServerExchange exchange, AuditDetail.Code refusal, Action action) {
        web.requireStaff(exchange).ifPresent(signed -> withAccount(exchange, signed, account -> {
            Form form = userWeb.form(exchange);
            if (!web.csrfValid(form, signed.session())) {
                showAccount(exchange, signed, StatusCodes.FORBIDDEN, account, "session-expired");
                return;
            }
            if (!signed.member().role().mayAct()) {
                audit.record(signed.member().login(), AuditAction.REFUSED, account.email(),
                        AuditDetail.notAllowed(refusal, signed.member().role(), null), userWeb.client(exchange));
                showAccount(exchange, signed, StatusCodes.FORBIDDEN, account, "support-not-allowed");
                return;
            }
            action.run(signed, account);
            Web.redirect(exchange, accountPath(account));
        }));
    }

    private void withAccount(HttpServerExchange exchange, SupportWeb.Signed signed, Consumer<Account> then) {
        Optional<Account> account = diagnosis.byUid(Web.query(exchange, "uid"));
        if (account.isEmpty()) {
            showHome(exchange, signed, StatusCodes.NOT_FOUND, "", "support-no-account");
            return;
        }
        then.accept(account.get());
    }

    private void showHome(HttpServerExchange exchange, SupportWeb.Signed signed, int status, String typed, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed);
        model.put("message", message);
        web.render(exchange, signed.session(), status, "support-home", model);
    }

    private void showAccount(HttpServerExchange exchange, SupportWeb.Signed signed, int status, Account account,
                             String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("d", diagnosis.diagnose(account));
        model.put("mayAct", signed.member().role().mayAct());
        model.put("message", message);
        model.put("audit", audit.about(account.email(), AUDIT_LINES));
        model.put("linkHours", actions.linkValidity().toHours());
        model.put("accountPath", accountPath(account));
        web.render(exchange, signed.session(), status, "support-account", model);
    }

    static String accountPath(Account account) {
        return Paths.SUPPORT + "/accounts/" + URLEncoder.encode(account.uid(), StandardCharsets.UTF_8);
    }
}
