package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.support.AuditAction;
import lab.eulogin.idp.support.AuditDetail;
import lab.eulogin.idp.support.StaffSession;
import lab.eulogin.idp.support.SupportAudit;
import lab.eulogin.idp.support.SupportStaff;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code /cas/support/login} and {@code /cas/support/logout}: the support staff's own sign-in, with
 * their own accounts, apart from EU Login's (FAQ HELP-02). Wrong passwords lock it for a while, as
 * they lock an EU Login account. Every sign-in, refused or not, and every sign-out is audited.
 */
public final class SupportSignInHandler {
    private final SupportWeb web;
    private final SupportStaff staff;
    private final SupportAudit audit;
    private final Web userWeb;

    public SupportSignInHandler(SupportWeb web, SupportStaff staff, SupportAudit audit, Web userWeb) {
        this.web = web;
        this.staff = staff;
        this.audit = audit;
        this.userWeb = userWeb;
    }

    public void form(HttpServerExchange exchange) {
        StaffSession session = web.session(exchange);
        if (session.staff() != null) {
            Web.redirect(exchange, Paths.SUPPORT);
            return;
        }
        show(exchange, session, StatusCodes.OK, "", Web.query(exchange, "out").isEmpty() ? null : "support-signed-out", null);
    }

    public void signIn(HttpServerExchange exchange) {
        StaffSession session = web.session(exchange);
        Form form = userWeb.form(exchange);
        String login = SupportStaff.normaliseLogin(form.get("login"));
        if (!web.csrfValid(form, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, login, "session-expired", null);
            return;
        }
        if (login.isEmpty() || form.get("password").isEmpty()) {
            show(exchange, session, StatusCodes.OK, login, "support-signin-missing", null);
            return;
        }
        SupportStaff.SignIn outcome = staff.signIn(login, form.get("password"));
        String client = userWeb.client(exchange);
        if (outcome instanceof SupportStaff.SignIn.Ok ok) {
            audit.record(ok.member().login(), AuditAction.SIGN_IN, null, AuditDetail.signedInAs(ok.member().role()), client);
            web.signIn(exchange, session, ok.member());
            Web.redirect(exchange, Paths.SUPPORT);
        } else if (outcome instanceof SupportStaff.SignIn.Locked locked) {
            audit.record(login, AuditAction.SIGN_IN_REFUSED, null, AuditDetail.signInLockedUntil(locked.until()), client);
            show(exchange, session, StatusCodes.OK, login, "support-signin-locked",
                    Web.time(locked.until(), session.locale()));
        } else {
            audit.record(login, AuditAction.SIGN_IN_REFUSED, null, AuditDetail.wrongLoginOrPassword(), client);
            show(exchange, session, StatusCodes.OK, login, "support-signin-refused", null);
        }
    }

    public void signOut(HttpServerExchange exchange) {
        web.requireStaff(exchange).ifPresent(signed -> {
            Form form = userWeb.form(exchange);
            if (!web.csrfValid(form, signed.session())) {
                Web.redirect(exchange, Paths.SUPPORT);
                return;
            }
            audit.record(signed.member().login(), AuditAction.SIGN_OUT, null, null, userWeb.client(exchange));
            web.signOut(exchange, signed.session());
            Web.redirect(exchange, Paths.SUPPORT_LOGIN + "?out=1");
        });
    }

    private void show(HttpServerExchange exchange, StaffSession session, int status, String login, String message,
                      String lockedUntil) {
        Map<String, Object> model = new HashMap<>();
        model.put("login", login);
        model.put("message", message);
        model.put("lockedUntil", lockedUntil);
        web.render(exchange, session, status, "support-login", model);
    }
}
