package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.devices.DeviceRules;
import lab.eulogin.idp.devices.Enrolments;
import lab.eulogin.idp.devices.MobileApp;
import lab.eulogin.idp.devices.MobileDevice;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * "Manage my mobile devices" in My Account ({@code /cas/mobile}, FAQ APP-01): the list with
 * "Delete", and "Add a mobile device" with "Your device name", "Your 4 digit PIN code" and
 * "Confirm your PIN code", which leads to the QR code ({@link DeviceEnrolmentHandler}).
 */
public final class MobileDevicesHandler {
    /** A device as the list shows it. */
    record Row(long id, String name, String enrolled, String lastUsed, String lockedUntil) {
    }

    private final Web web;
    private final MobileApp app;
    private final Clock clock;

    public MobileDevicesHandler(Web web, MobileApp app, Clock clock) {
        this.web = web;
        this.app = app;
        this.clock = clock;
    }

    public void list(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MOBILE_DEVICES);
        if (session != null) {
            String done = Web.query(exchange, "done");
            showList(exchange, session, StatusCodes.OK, switch (done) {
                case "deleted" -> "account-updated";
                case "panic" -> "devices-all-deleted";
                default -> null;
            });
        }
    }

    /** "Delete" next to a device. */
    public void delete(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MOBILE_DEVICES);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            showList(exchange, session, StatusCodes.FORBIDDEN, "session-expired");
            return;
        }
        OptionalLong id = form.id("device");
        if (id.isEmpty()) {
            showList(exchange, session, StatusCodes.BAD_REQUEST, "device-not-found");
            return;
        }
        if (!app.enrolments().delete(session.accountId(), id.getAsLong())) {
            showList(exchange, session, StatusCodes.NOT_FOUND, "device-not-found");
            return;
        }
        Web.redirect(exchange, Paths.MOBILE_DEVICES + "?done=deleted");
    }

    public void addForm(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.ADD_MOBILE_DEVICE);
        if (session != null) {
            showForm(exchange, session, StatusCodes.OK, "", new FieldErrors(), null);
        }
    }

    public void add(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.ADD_MOBILE_DEVICE);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            showForm(exchange, session, StatusCodes.FORBIDDEN, form.get("deviceName"), new FieldErrors(), "session-expired");
            return;
        }
        Enrolments.Started started = app.enrolments().start(session.accountId(), form.get("deviceName"), form.get("pin"),
                form.get("pinConfirm"));
        if (started instanceof Enrolments.Started.Invalid invalid) {
            showForm(exchange, session, StatusCodes.BAD_REQUEST, form.get("deviceName"), invalid.errors(), null);
            return;
        }
        session.setPendingEnrolment((Enrolments.Started.Ok) started);
        Web.redirect(exchange, Paths.MOBILE_ENROLMENT);
    }

    private void showList(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        List<Row> rows = app.devices().of(session.accountId()).stream()
                .map(device -> row(device, session.locale())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("devices", rows);
        model.put("message", message);
        web.render(exchange, session, status, "mobile-devices", model);
    }

    private Row row(MobileDevice device, Locale locale) {
        return new Row(device.id(), device.name(), Web.time(device.enrolledAt(), locale),
                device.lastUsedAt() == null ? null : Web.time(device.lastUsedAt(), locale),
                device.lockedAt(clock.instant()) ? Web.time(device.lockedUntil(), locale) : null);
    }

    private void showForm(HttpServerExchange exchange, BrowserSession session, int status, String name,
                          FieldErrors errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("deviceName", name);
        model.put("errors", errors.asMap());
        model.put("message", message);
        model.put("maxNameLength", DeviceRules.MAX_NAME_LENGTH);
        web.render(exchange, session, status, "add-mobile-device", model);
    }
}
