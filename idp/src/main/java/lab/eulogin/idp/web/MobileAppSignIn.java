package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.devices.AppMethod;
import lab.eulogin.idp.devices.DeviceCrypto;
import lab.eulogin.idp.devices.MobileApp;
import lab.eulogin.idp.devices.MobileDevice;
import lab.eulogin.idp.devices.PendingAppSignIn;
import lab.eulogin.idp.devices.PushApprovals;
import lab.eulogin.idp.devices.QrCodeImage;
import lab.eulogin.idp.devices.QrCodeSignIn;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.lab.LabJson;
import lab.eulogin.idp.signin.LoginFlow;
import lab.eulogin.idp.sessions.AuthenticationFactor;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.Strength;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in steps of the mobile app, on the PC. The step that chooses the verification method
 * starts one with {@link #startPush} ("EU Login Mobile App PIN Code", FAQ APP-03) or
 * {@link #startQrCode} ("EU Login Mobile App QR Code", APP-08); the browser then waits on
 * {@code /cas/login/mobile-app} until the app answers, or types the one-time code on
 * {@code /cas/login/mobile-qr}. Once the app has proved the second factor, the sign-in completes
 * with the app's strength and the device as its factor (FAQ APP-03, APP-08).
 */
public final class MobileAppSignIn {
    private final Web web;
    private final MobileApp app;
    private final LoginFlow flow;
    private final StatusWaits waits = new StatusWaits();

    public MobileAppSignIn(Web web, MobileApp app, LoginFlow flow) {
        this.web = web;
        this.app = app;
        this.flow = flow;
    }

    /**
     * Pushes a request to the device (the default one when {@code deviceId} is null) and sends the
     * browser to the page that waits for its answer.
     *
     * @return false, with nothing sent, when the account has no such device
     */
    public boolean startPush(HttpServerExchange exchange, BrowserSession session, long accountId, String deviceId) {
        Optional<MobileDevice> device = deviceId == null ? app.defaultDevice(accountId)
                : app.devices().find(deviceId).filter(d -> d.accountId() == accountId);
        if (device.isEmpty()) {
            return false;
        }
        String requestId = app.approvals().start(accountId, device.get().deviceId());
        session.setPendingAppSignIn(new PendingAppSignIn(AppMethod.PIN_BY_PUSH, accountId, requestId));
        Web.redirect(exchange, Paths.LOGIN_MOBILE_APP);
        return true;
    }

    /**
     * Shows a fresh QR challenge for the one-time code.
     *
     * @return false, with nothing sent, when the account has no device
     */
    public boolean startQrCode(HttpServerExchange exchange, BrowserSession session, long accountId) {
        if (!app.devices().has(accountId)) {
            return false;
        }
        newChallenge(session, accountId);
        Web.redirect(exchange, Paths.LOGIN_MOBILE_QR);
        return true;
    }

    // ---- "EU Login Mobile App PIN Code": the page that waits for the push to be answered

    /**
     * The page that waits. The app may have approved before the browser even shows it (the push
     * arrives while the browser follows the redirect): then the sign-in goes on at once, as the page's
     * script would have done.
     */
    public void waiting(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Optional<PushApprovals.Approval> approval = approval(session);
        if (approval.isEmpty()) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        if (approval.get().status() == PushApprovals.Status.APPROVED) {
            proceed(exchange);
            return;
        }
        showWaiting(exchange, session, approval.get(), null);
    }

    /** How the request stands, for the waiting page's script; with {@code ?while=PENDING}, once it no longer is ({@link StatusWaits}). */
    public void status(HttpServerExchange exchange) {
        Optional<PushApprovals.Approval> approval = approval(web.session(exchange));
        PushApprovals.Status status = approval.isEmpty() ? null : waits.toAnswer(exchange, approval.get().status(),
                (from, atMost) -> app.approvals().awaitOther(approval.get().requestId(), from, atMost).orElse(null));
        if (status == null) {
            LabJson.error(exchange, StatusCodes.NOT_FOUND, "no-request", "This browser is not waiting for the app");
            return;
        }
        LabJson.send(exchange, StatusCodes.OK, Map.of("status", status.name()));
    }

    /** "Continue": on once the app approved; otherwise the waiting page again, saying how things stand. */
    public void proceed(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Optional<PushApprovals.Approval> approval = approval(session);
        if (approval.isEmpty()) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        if (approval.get().status() == PushApprovals.Status.APPROVED) {
            Optional<MobileDevice> device = app.devices().find(approval.get().deviceId());
            session.setPendingAppSignIn(null);
            if (device.isPresent()) {
                completed(exchange, session, AppMethod.PIN_BY_PUSH, device.get());
                return;
            }
        }
        showWaiting(exchange, session, approval.get(), approval.get().status() == PushApprovals.Status.PENDING
                ? "app-request-pending" : null);
    }

    /** "Send a new notification", after a refusal or an expiry. */
    public void again(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Optional<PushApprovals.Approval> approval = approval(session);
        if (approval.isEmpty() || !web.csrfValid(web.form(exchange), session)) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        if (!startPush(exchange, session, approval.get().accountId(), approval.get().deviceId())) {
            session.setPendingAppSignIn(null);
            Web.redirect(exchange, Paths.LOGIN);
        }
    }

    private Optional<PushApprovals.Approval> approval(BrowserSession session) {
        PendingAppSignIn pending = session.pendingAppSignIn();
        if (pending == null || pending.method() != AppMethod.PIN_BY_PUSH) {
            return Optional.empty();
        }
        return app.approvals().status(pending.reference()).filter(a -> a.accountId() == pending.accountId());
    }

    private void showWaiting(HttpServerExchange exchange, BrowserSession session, PushApprovals.Approval approval,
                             String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", approval.status().name());
        model.put("deviceName", approval.deviceName());
        model.put("delivered", approval.delivered());
        model.put("expiresAt", Web.time(approval.expiresAt(), session.locale()));
        model.put("lockedUntil", approval.lockedUntil() == null ? null : Web.time(approval.lockedUntil(), session.locale()));
        model.put("message", message != null ? message : switch (approval.status()) {
            case REFUSED -> "app-request-refused";
            case EXPIRED -> "app-request-expired";
            case LOCKED -> "device-locked";
            default -> approval.delivered() ? null : "push-not-delivered";
        });
        web.render(exchange, session, "login-mobile-app", model);
    }

    // ---- "EU Login Mobile App QR Code": the QR challenge and the one-time code

    public void qrPage(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        PendingAppSignIn pending = qrPending(session);
        if (pending == null) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        showQr(exchange, session, StatusCodes.OK, pending, null);
    }

    public void qrSubmit(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        PendingAppSignIn pending = qrPending(session);
        if (pending == null) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            showQr(exchange, session, StatusCodes.FORBIDDEN, pending, "session-expired");
            return;
        }
        if (form.checked("renew")) {
            showQr(exchange, session, StatusCodes.OK, newChallenge(session, pending.accountId()), null);
            return;
        }
        if (form.get("code").isBlank()) {
            showQr(exchange, session, StatusCodes.BAD_REQUEST, pending, "one-time-code-required");
            return;
        }
        QrCodeSignIn.Verified verified = app.qrCodes().verify(pending.accountId(), pending.reference(), form.get("code"));
        if (verified instanceof QrCodeSignIn.Verified.Accepted accepted) {
            session.setPendingAppSignIn(null);
            completed(exchange, session, AppMethod.QR_CODE, accepted.device());
        } else if (verified instanceof QrCodeSignIn.Verified.Locked) {
            showQr(exchange, session, StatusCodes.FORBIDDEN, pending, "device-locked");
        } else if (verified instanceof QrCodeSignIn.Verified.Wrong wrong && wrong.triesLeft() > 0) {
            showQr(exchange, session, StatusCodes.BAD_REQUEST, pending, "one-time-code-wrong");
        } else {
            // Expired, or no tries left: a new QR code, and a word on why.
            showQr(exchange, session, StatusCodes.BAD_REQUEST, newChallenge(session, pending.accountId()),
                    verified instanceof QrCodeSignIn.Verified.Expired ? "qr-code-expired" : "one-time-code-no-more-tries");
        }
    }

    /** The app proved the second factor: the sign-in completes with its strength, the device as its factor. */
    private void completed(HttpServerExchange exchange, BrowserSession session, AppMethod method, MobileDevice device) {
        flow.complete(exchange, session, device.accountId(), Strength.valueOf(method.strength()),
                AuthenticationFactor.mobileDevice(device.name()));
    }

    private PendingAppSignIn newChallenge(BrowserSession session, long accountId) {
        QrCodeSignIn.Challenge challenge = app.qrCodes().challenge(accountId);
        PendingAppSignIn pending = new PendingAppSignIn(AppMethod.QR_CODE, accountId, challenge.challenge());
        session.setPendingAppSignIn(pending);
        return pending;
    }

    private static PendingAppSignIn qrPending(BrowserSession session) {
        PendingAppSignIn pending = session.pendingAppSignIn();
        return pending != null && pending.method() == AppMethod.QR_CODE ? pending : null;
    }

    private void showQr(HttpServerExchange exchange, BrowserSession session, int status, PendingAppSignIn pending,
                        String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("qrImage", QrCodeImage.dataUrl(QrCodeSignIn.qrText(pending.reference())));
        boolean aboutTheCode = "one-time-code-required".equals(message) || "one-time-code-wrong".equals(message);
        model.put("error", aboutTheCode ? message : null);
        model.put("notice", aboutTheCode ? null : message);
        model.put("digits", DeviceCrypto.ONE_TIME_CODE_DIGITS);
        web.render(exchange, session, status, "login-mobile-qr", model);
    }
}
