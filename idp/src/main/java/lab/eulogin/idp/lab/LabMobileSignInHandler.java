package lab.eulogin.idp.lab;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.web.MobileAppSignIn;
import lab.eulogin.idp.web.Web;

/**
 * {@code POST /__lab/mobile/sign-in?method=push|qr[&device=ID]}: starts the mobile app's sign-in step
 * for the account signed in on the calling browser, as the verification method step does, and sends
 * the browser on to its page. For tests of the app's steps on their own. Lab mode only.
 */
public final class LabMobileSignInHandler {
    private final Web web;
    private final MobileAppSignIn steps;

    public LabMobileSignInHandler(Web web, MobileAppSignIn steps) {
        this.web = web;
        this.steps = steps;
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        if (session.accountId() == null) {
            LabJson.error(exchange, StatusCodes.CONFLICT, "not-signed-in", "Sign in with the password first");
            return;
        }
        String method = Web.query(exchange, "method");
        String device = Web.query(exchange, "device");
        boolean started = switch (method) {
            case "push" -> steps.startPush(exchange, session, session.accountId(), device.isEmpty() ? null : device);
            case "qr" -> steps.startQrCode(exchange, session, session.accountId());
            default -> {
                LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-method", "method must be push or qr");
                yield true;
            }
        };
        if (!started) {
            LabJson.error(exchange, StatusCodes.CONFLICT, "no-device", "The account has no such mobile device");
        }
    }
}
