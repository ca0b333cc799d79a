package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.devices.Enrolments;
import lab.eulogin.idp.devices.QrCodeImage;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.lab.LabJson;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.HashMap;
import java.util.Map;

/**
 * The QR code of "Add a mobile device" (FAQ APP-02). The page waits for the app: a small script asks
 * {@code /cas/mobile/enrol/status} and, once the app has enrolled, follows "Continue" by itself;
 * without the script, "Continue" is a plain link that says whether the app is done yet. Once the app
 * is done, "Continue" (and the QR page itself) lead to the welcome screen every time: the script and
 * the person may both follow it, and neither should land on an empty "Add a mobile device" form.
 */
public final class DeviceEnrolmentHandler {
    /**
     * Where "Continue" leads once the app is done: "the welcome screen" (EURES FAQ, APP-02), the page
     * EU Login greets a signed-in person with ("Successful login"), saying the app is installed.
     */
    static final String WELCOME_SCREEN = Paths.LOGIN + "?done=device-added";

    private final Web web;
    private final Enrolments enrolments;
    private final StatusWaits waits = new StatusWaits();

    public DeviceEnrolmentHandler(Web web, Enrolments enrolments) {
        this.web = web;
        this.enrolments = enrolments;
    }

    public void page(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MOBILE_DEVICES);
        if (session != null) {
            show(exchange, session, StatusCodes.OK, null);
        }
    }

    /** How the enrolment stands, for the QR page's script; with {@code ?while=WAITING}, once it no longer is ({@link StatusWaits}). */
    public void status(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Enrolments.Started.Ok pending = session.pendingEnrolment();
        if (session.accountId() == null || pending == null) {
            LabJson.error(exchange, StatusCodes.NOT_FOUND, "no-enrolment", "No device is being added in this browser");
            return;
        }
        long accountId = session.accountId();
        Enrolments.Status status = waits.toAnswer(exchange, enrolments.status(accountId, pending.enrolmentId()),
                (from, atMost) -> enrolments.awaitOther(accountId, pending.enrolmentId(), from, atMost));
        LabJson.send(exchange, StatusCodes.OK, Map.of("status", status.name()));
    }

    /** "Continue": on to the list once the app has enrolled; otherwise the QR page again, saying why. */
    public void proceed(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MOBILE_DEVICES);
        if (session == null) {
            return;
        }
        Enrolments.Started.Ok pending = session.pendingEnrolment();
        Enrolments.Status status = pending == null ? Enrolments.Status.UNKNOWN
                : enrolments.status(session.accountId(), pending.enrolmentId());
        switch (status) {
            case ENROLLED -> Web.redirect(exchange, WELCOME_SCREEN);
            case WAITING -> show(exchange, session, StatusCodes.OK, "enrolment-waiting");
            case EXPIRED -> show(exchange, session, StatusCodes.OK, "enrolment-expired");
            default -> Web.redirect(exchange, Paths.ADD_MOBILE_DEVICE);
        }
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        Enrolments.Started.Ok pending = session.pendingEnrolment();
        if (pending == null) {
            Web.redirect(exchange, Paths.ADD_MOBILE_DEVICE);
            return;
        }
        Enrolments.Status now = enrolments.status(session.accountId(), pending.enrolmentId());
        if (now == Enrolments.Status.ENROLLED) {
            Web.redirect(exchange, WELCOME_SCREEN);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        boolean expired = now == Enrolments.Status.EXPIRED;
        model.put("qrImage", expired ? null : QrCodeImage.dataUrl(pending.qrText()));
        model.put("expiresAt", Web.time(pending.expiresAt(), session.locale()));
        model.put("message", expired ? "enrolment-expired" : message);
        web.render(exchange, session, status, "mobile-device-enrol", model);
    }
}
