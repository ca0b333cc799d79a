package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.SecurityChange;
import lab.eulogin.idp.accounts.SecurityNotices;
import lab.eulogin.idp.devices.MobileApp;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.phones.PhoneRepository;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.signin.OtherSignIns;
import lab.eulogin.idp.webauthn.SecurityKeyRepository;

import java.util.HashMap;
import java.util.Map;

/**
 * "Delete all my devices and eID (PANIC)" (FAQ APP-06): for a lost phone. A confirmation page
 * first, since nothing can bring the devices back; then every device is gone, and every security
 * key or trusted platform (APP-09) and mobile phone number with them: the "Panic Button" for a
 * number that is gone when no new one was registered (SMS-09). Whoever has the phone is signed
 * out of every other browser too. The owner gets one notice for all that went.
 */
public final class PanicHandler {
    private final Web web;
    private final MobileApp app;
    private final SecurityKeyRepository keys;
    private final PhoneRepository phones;
    private final OtherSignIns otherSignIns;
    private final SecurityNotices notices;

    public PanicHandler(Web web, MobileApp app, SecurityKeyRepository keys, PhoneRepository phones,
                        OtherSignIns otherSignIns, SecurityNotices notices) {
        this.web = web;
        this.app = app;
        this.keys = keys;
        this.phones = phones;
        this.otherSignIns = otherSignIns;
        this.notices = notices;
    }

    public void confirm(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MOBILE_PANIC);
        if (session != null) {
            show(exchange, session, StatusCodes.OK, null);
        }
    }

    public void deleteAll(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MOBILE_PANIC);
        if (session == null) {
            return;
        }
        if (!web.csrfValid(web.form(exchange), session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, "session-expired");
            return;
        }
        int deleted = app.panic(session.accountId()) + keys.deleteAll(session.accountId())
                + phones.deleteAll(session.accountId());
        if (deleted > 0) {
            notices.tell(session.accountId(), SecurityChange.allSecondFactorsDeleted());
        }
        otherSignIns.end(exchange, session.accountId(), session);
        session.setPendingEnrolment(null);
        Web.redirect(exchange, Paths.MOBILE_DEVICES + "?done=panic");
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("count", app.devices().of(session.accountId()).size());
        model.put("keyCount", keys.of(session.accountId()).size());
        model.put("phoneCount", phones.of(session.accountId()).size());
        model.put("message", message);
        web.render(exchange, session, status, "mobile-panic", model);
    }
}
