package lab.eulogin.sms.app;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.HttpProblem;
import lab.eulogin.sms.http.Router;

/**
 * The JSON API of the EU Login app on a phone, for tests: install it, go through its screens, answer
 * pushes, read one-time codes. Images (screenshots of QR codes) travel base64-encoded in JSON. The
 * app's refusals answer with {"status", "error", "code"} (plus "triesLeft" or "lockedUntil").
 */
public final class AppApi {
    private static final String APP = "/api/phones/([^/]+)/app";
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    /** {@code PATCH}: the settings to change; the others stay. */
    public record Settings(Boolean foreground, Boolean offline) {
    }

    /** A screenshot of a QR code, and for a one-time code, the PIN or the fingerprint. */
    public record Image(String image, String pin, Boolean fingerprint) {
    }

    /** The PIN, or the fingerprint instead (FAQ APP-04). */
    public record Pin(String pin, Boolean fingerprint) {
    }

    public record Account(String deviceId) {
    }

    private final Apps apps;

    private AppApi(Apps apps) {
        this.apps = apps;
    }

    public static void addRoutes(Router router, Apps apps) {
        AppApi api = new AppApi(apps);
        router.route("PUT", APP, api::install)
                .route("GET", APP, api::show)
                .route("DELETE", APP, api::uninstall)
                .route("PATCH", APP, api::settings)
                .route("POST", APP + "/initialise", api::initialise)
                .route("POST", APP + "/authenticate", api::authenticate)
                .route("GET", APP + "/requests", api::requests)
                .route("GET", APP + "/requests/next", api::nextRequest)
                .route("POST", APP + "/requests/([^/]+)/accept", api::accept)
                .route("POST", APP + "/requests/([^/]+)/approve", api::approve)
                .route("POST", APP + "/requests/([^/]+)/refuse", api::refuse)
                .route("PUT", APP + "/fingerprint", api::enableFingerprint)
                .route("DELETE", APP + "/fingerprint", api::disableFingerprint)
                .route("POST", APP + "/one-time-code", api::oneTimeCode)
                .route("POST", APP + "/switch-account", api::switchAccount)
                .route("POST", APP + "/unlink", api::unlink);
    }

    ResponseDefinition install(Exchange exchange) {
        boolean created = apps.find(exchange.pathParam(0)).isEmpty();
        return Answers.json(created ? 201 : 200, apps.install(exchange.pathParam(0)).view());
    }

    ResponseDefinition show(Exchange exchange) {
        return Answers.json(200, app(exchange).view());
    }

    ResponseDefinition uninstall(Exchange exchange) {
        if (!apps.uninstall(exchange.pathParam(0))) {
            throw HttpProblem.notFound("The EU Login app is not installed on " + exchange.pathParam(0));
        }
        return Answers.noContent();
    }

    ResponseDefinition settings(Exchange exchange) {
        EuLoginApp app = app(exchange);
        Settings settings = exchange.json(Settings.class);
        if (settings.foreground() != null) {
            app.setForeground(settings.foreground());
        }
        if (settings.offline() != null) {
            app.setOffline(settings.offline());
        }
        return Answers.json(200, app.view());
    }

    /** "Initialise" and the scan of the QR code in {@code image}. */
    ResponseDefinition initialise(Exchange exchange) {
        EuLoginApp app = app(exchange);
        byte[] image = image(exchange.json(Image.class));
        return answer(() -> {
            app.initialise();
            return app.scan(image);
        });
    }

    ResponseDefinition authenticate(Exchange exchange) {
        EuLoginApp app = app(exchange);
        Pin pin = exchange.json(Pin.class);
        return answer(() -> app.authenticate(pin.pin()));
    }

    ResponseDefinition requests(Exchange exchange) {
        return Answers.json(200, app(exchange).view().requests());
    }

    /** The first pending request, waiting for one up to {@code timeout} (ISO-8601, default PT10S); 408 if none came. */
    ResponseDefinition nextRequest(Exchange exchange) throws InterruptedException {
        EuLoginApp app = app(exchange);
        Duration timeout;
        try {
            timeout = exchange.query("timeout").map(Duration::parse).orElse(Duration.ofSeconds(10));
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("timeout must be an ISO-8601 duration such as PT10S");
        }
        if (timeout.isNegative() || timeout.compareTo(MAX_WAIT) > 0) {
            throw HttpProblem.badRequest("timeout must be between PT0S and " + MAX_WAIT);
        }
        return app.awaitRequest(timeout).map(request -> Answers.json(200, request))
                .orElseGet(() -> Answers.error(408, "No authentication request came within " + timeout));
    }

    ResponseDefinition accept(Exchange exchange) {
        EuLoginApp app = app(exchange);
        return answer(() -> app.accept(exchange.pathParam(1)));
    }

    ResponseDefinition approve(Exchange exchange) {
        EuLoginApp app = app(exchange);
        Pin pin = exchange.json(Pin.class);
        String requestId = exchange.pathParam(1);
        return answer(() -> Boolean.TRUE.equals(pin.fingerprint()) ? app.approveWithFingerprint(requestId)
                : app.approve(requestId, pin.pin()));
    }

    ResponseDefinition refuse(Exchange exchange) {
        EuLoginApp app = app(exchange);
        return answer(() -> app.refuse(exchange.pathParam(1)));
    }

    ResponseDefinition enableFingerprint(Exchange exchange) {
        EuLoginApp app = app(exchange);
        Pin pin = exchange.json(Pin.class);
        return answer(() -> app.enableFingerprint(pin.pin()));
    }

    ResponseDefinition disableFingerprint(Exchange exchange) {
        EuLoginApp app = app(exchange);
        return answer(app::disableFingerprint);
    }

    /** The one-time code the app shows for the QR code in {@code image} (FAQ APP-08). */
    ResponseDefinition oneTimeCode(Exchange exchange) {
        EuLoginApp app = app(exchange);
        Image body = exchange.json(Image.class);
        byte[] image = image(body);
        return answer(() -> {
            String code = Boolean.TRUE.equals(body.fingerprint()) ? app.oneTimeCodeWithFingerprint(image)
                    : app.oneTimeCode(image, body.pin());
            return Map.of("code", code);
        });
    }

    ResponseDefinition switchAccount(Exchange exchange) {
        EuLoginApp app = app(exchange);
        Account account = exchange.json(Account.class);
        return answer(() -> app.switchAccount(account.deviceId()));
    }

    ResponseDefinition unlink(Exchange exchange) {
        EuLoginApp app = app(exchange);
        return answer(app::unlink);
    }

    private EuLoginApp app(Exchange exchange) {
        String number = exchange.pathParam(0);
        return apps.find(number).orElseThrow(() ->
                HttpProblem.notFound("The EU Login app is not installed on " + number));
    }

    private static byte[] image(Image body) {
        try {
            return Base64.getDecoder().decode(body.image() == null ? "" : body.image().replaceFirst("^data:[^,]*,", ""));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("image must be the picture's bytes in base64");
        }
    }

    private interface Step {
        Object run();
    }

    private static ResponseDefinition answer(Step step) {
        try {
            return Answers.json(200, step.run());
        } catch (AppException e) {
            throw problem(e);
        }
    }

    /** The app's refusal as an answer; its code says what the app said. */
    static HttpProblem problem(AppException e) {
        int status = switch (e.code()) {
            case "wrong-pin", "device-locked" -> 403;
            case "no-such-request" -> 404;
            case "qr-unreadable", "wrong-qr-code", "bad-input" -> 400;
            case "offline" -> 503;
            case "idp-unreachable" -> 502;
            default -> 409;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", e.getMessage());
        body.put("code", e.code());
        if (e.detail() instanceof Integer triesLeft) {
            body.put("triesLeft", triesLeft);
        } else if (e.detail() != null) {
            body.put("lockedUntil", e.detail());
        }
        return new HttpProblem(status, body, Map.of());
    }
}
