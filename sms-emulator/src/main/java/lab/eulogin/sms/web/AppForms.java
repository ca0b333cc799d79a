package lab.eulogin.sms.web;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Base64;
import java.util.function.Consumer;
import lab.eulogin.sms.app.AppException;
import lab.eulogin.sms.app.Apps;
import lab.eulogin.sms.app.EuLoginApp;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.Router;
import lab.eulogin.sms.phones.PhoneNumbers;

/**
 * The EU Login app's screens on the page, for demos: install it, "Initialise", hand over a
 * screenshot of the QR code (dropped, pasted or chosen; the page's script puts it in the form),
 * the PIN and "Authenticate", notifications to accept and answer, one-time codes, the settings.
 * Every form carries the page's CSRF token and comes back to the phone; what the app says shows on
 * its screen.
 */
final class AppForms {
    private static final String APP = "/phones/([0-9+%A-Fa-f]+)/app";

    private final Apps apps;
    private final Csrf csrf;

    private AppForms(Apps apps, Csrf csrf) {
        this.apps = apps;
        this.csrf = csrf;
    }

    static void addRoutes(Router router, Apps apps, Csrf csrf) {
        AppForms forms = new AppForms(apps, csrf);
        router.route("POST", APP + "/([a-z-]+)", forms::step)
                .route("POST", APP + "/requests/([^/]+)/([a-z]+)", forms::request);
    }

    private ResponseDefinition install(Exchange exchange) {
        String number = PhoneNumbers.normalise(exchange.pathParam(0));
        if (!csrf.accepts(exchange)) {
            return back("form-expired", number);
        }
        apps.install(number);
        return back("app-installed", number);
    }

    private ResponseDefinition uninstall(Exchange exchange) {
        String number = PhoneNumbers.normalise(exchange.pathParam(0));
        if (!csrf.accepts(exchange)) {
            return back("form-expired", number);
        }
        apps.uninstall(number);
        return back("app-removed", number);
    }

    /** One of the app's buttons (or installing it); the step is the last part of the path. */
    ResponseDefinition step(Exchange exchange) {
        String step = exchange.pathParam(1);
        if ("install".equals(step)) {
            return install(exchange);
        }
        if ("uninstall".equals(step)) {
            return uninstall(exchange);
        }
        return act(exchange, app -> {
            switch (step) {
                case "initialise" -> app.initialise();
                case "scan" -> app.scan(image(exchange));
                case "authenticate" -> app.authenticate(exchange.form("pin").orElse(""));
                case "one-time-code" -> {
                    if (exchange.form("fingerprint").isPresent()) {
                        app.oneTimeCodeWithFingerprint(image(exchange));
                    } else {
                        app.oneTimeCode(image(exchange), exchange.form("pin").orElse(""));
                    }
                }
                case "foreground" -> app.setForeground(Boolean.parseBoolean(exchange.form("value").orElse("true")));
                case "offline" -> app.setOffline(Boolean.parseBoolean(exchange.form("value").orElse("false")));
                case "fingerprint" -> {
                    if (exchange.form("off").isPresent()) {
                        app.disableFingerprint();
                    } else {
                        app.enableFingerprint(exchange.form("pin").orElse(""));
                    }
                }
                case "switch-account" -> app.switchAccount(exchange.form("deviceId").orElse(""));
                case "unlink" -> app.unlink();
                case "home" -> app.home();
                default -> throw new AppException("bad-input", "No such button in the app");
            }
        });
    }

    /** Accept, approve (PIN or fingerprint) or refuse one pushed request. */
    ResponseDefinition request(Exchange exchange) {
        String requestId = exchange.pathParam(1);
        String action = exchange.pathParam(2);
        return act(exchange, app -> {
            switch (action) {
                case "accept" -> app.accept(requestId);
                case "approve" -> {
                    if (exchange.form("fingerprint").isPresent()) {
                        app.approveWithFingerprint(requestId);
                    } else {
                        app.approve(requestId, exchange.form("pin").orElse(""));
                    }
                }
                case "refuse" -> app.refuse(requestId);
                default -> throw new AppException("bad-input", "No such button in the app");
            }
        });
    }

    private ResponseDefinition act(Exchange exchange, Consumer<EuLoginApp> action) {
        String number = PhoneNumbers.normalise(exchange.pathParam(0));
        if (!csrf.accepts(exchange)) {
            return back("form-expired", number);
        }
        EuLoginApp app = apps.find(number).orElse(null);
        if (app == null) {
            return back("app-not-installed", number);
        }
        try {
            action.accept(app);
        } catch (AppException e) {
            app.tell(e.code());
        }
        return back(null, number);
    }

    /** The screenshot the page's script put in the form, as a data: address or plain base64. */
    private static byte[] image(Exchange exchange) {
        String value = exchange.form("image").orElse("").replaceFirst("^data:[^,]*,", "");
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new AppException("qr-unreadable", "The picture did not arrive");
        }
    }

    private static ResponseDefinition back(String notice, String number) {
        return Answers.seeOther("/" + (notice == null ? "" : "?msg=" + notice) + "#phone-" + number.substring(1));
    }
}
