package lab.eulogin.sms.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The EU Login app on one virtual phone, following the FAQ's steps: "Initialise", scan the QR code
 * on the PC, enter the PIN, "Authenticate" (APP-02); push notifications, opened at once in the
 * foreground, to be accepted first in the background (APP-03); fingerprint instead of the PIN once
 * enabled (APP-04); one-time codes for a QR code, with or without network (APP-08); "Switch account"
 * and "Unlink device". It keeps its device keys and never the PIN; what it keeps is written to the
 * journal after each change to it.
 */
public final class EuLoginApp {
    /** One enrolment: an account of one IdP, with this app's key for it. */
    private static final class Enrolment {
        final String server;
        final String deviceId;
        final String label;
        final KeyPair key;
        final byte[] salt;
        final int iterations;
        final byte[] otpSecret;
        /** The PIN key, kept behind the fingerprint once that is enabled (APP-04); otherwise null. */
        byte[] fingerprintKey;

        Enrolment(String server, String deviceId, String label, KeyPair key, byte[] salt, int iterations,
                  byte[] otpSecret) {
            this.server = server;
            this.deviceId = deviceId;
            this.label = label;
            this.key = key;
            this.salt = salt;
            this.iterations = iterations;
            this.otpSecret = otpSecret;
        }

        byte[] pinKey(String pin) {
            return AppCrypto.pinKey(pin, salt, iterations);
        }
    }

    private record Scanned(String server, String code, byte[] salt, int iterations) {
    }

    private static final class Pending {
        final String requestId;
        final Enrolment enrolment;
        final Instant receivedAt;
        boolean opened;

        Pending(String requestId, Enrolment enrolment, Instant receivedAt, boolean opened) {
            this.requestId = requestId;
            this.enrolment = enrolment;
            this.receivedAt = receivedAt;
            this.opened = opened;
        }
    }

    private final String number;
    private final String pushToken;
    private final Clock clock;
    private final IdpLink idp;
    private final BooleanSupplier phoneReachable;
    private final Runnable changed;
    private final AppJournal journal;
    private final List<Enrolment> enrolments = new ArrayList<>();
    private final Map<String, Pending> requests = new LinkedHashMap<>();
    private final List<Map<String, String>> heldPushes = new ArrayList<>();
    private Enrolment current;
    private Scanned scanned;
    private boolean foreground = true;
    private boolean offline;
    private String screen = "home";
    private String notice;
    private String oneTimeCode;

    EuLoginApp(String number, String pushToken, Clock clock, IdpLink idp, BooleanSupplier phoneReachable,
               Runnable changed, AppJournal journal) {
        this.number = number;
        this.pushToken = pushToken;
        this.clock = clock;
        this.idp = idp;
        this.phoneReachable = phoneReachable;
        this.changed = changed;
        this.journal = journal;
    }

    /** The app as the store kept it, on its home screen. */
    static EuLoginApp restored(AppRecord kept, Clock clock, IdpLink idp, BooleanSupplier phoneReachable,
                               Runnable changed, AppJournal journal) {
        EuLoginApp app = new EuLoginApp(kept.number(), kept.pushToken(), clock, idp, phoneReachable, changed, journal);
        app.foreground = kept.foreground();
        app.offline = kept.offline();
        for (AppRecord.Enrolment e : kept.enrolments()) {
            Enrolment enrolment = new Enrolment(e.server(), e.deviceId(), e.label(),
                    AppCrypto.deviceKey(e.privateKey(), e.publicKey()), AppCrypto.decode(e.salt()), e.iterations(),
                    AppCrypto.decode(e.otpSecret()));
            enrolment.fingerprintKey = e.fingerprintKey() == null ? null : AppCrypto.decode(e.fingerprintKey());
            app.enrolments.add(enrolment);
        }
        app.current = app.enrolment(kept.currentDeviceId()).orElse(null);
        return app;
    }

    /** What the app keeps across a restart. */
    public synchronized AppRecord record() {
        return new AppRecord(number, pushToken, foreground, offline, current == null ? null : current.deviceId,
                enrolments.stream().map(e -> new AppRecord.Enrolment(e.server, e.deviceId, e.label,
                        AppCrypto.encodeKey(e.key.getPrivate()), AppCrypto.encodeKey(e.key.getPublic()),
                        AppCrypto.encode(e.salt), e.iterations, AppCrypto.encode(e.otpSecret),
                        e.fingerprintKey == null ? null : AppCrypto.encode(e.fingerprintKey))).toList());
    }

    public String number() {
        return number;
    }

    public String pushToken() {
        return pushToken;
    }

    public synchronized AppView view() {
        List<AppView.Account> accounts = enrolments.stream()
                .map(e -> new AppView.Account(e.deviceId, e.label, e.server)).toList();
        List<AppView.Request> pending = requests.values().stream()
                .map(p -> new AppView.Request(p.requestId, p.enrolment.deviceId, p.enrolment.label,
                        p.opened ? "pin-prompt" : "notification", p.receivedAt))
                .toList();
        return new AppView(number, foreground, offline, online(), current != null && current.fingerprintKey != null,
                screen, notice, current == null ? null : current.deviceId, accounts, pending, oneTimeCode);
    }

    // ---- enrolment (FAQ APP-02)

    /** "Initialise": the camera opens to scan the QR code on the PC. */
    public synchronized AppView initialise() {
        scanned = null;
        return show("scan", null);
    }

    /** The camera sees the QR code of "Add a mobile device". */
    public synchronized AppView scan(byte[] image) {
        Map<String, String> qr = parse(QrCodes.decode(image), "eulogin:enrol");
        try {
            scanned = new Scanned(qr.get("server"), qr.get("code"), AppCrypto.decode(qr.get("salt")),
                    Integer.parseInt(qr.get("iterations")));
        } catch (RuntimeException e) {
            throw new AppException("wrong-qr-code", "This QR code is not one of EU Login's");
        }
        if (scanned.server() == null || scanned.code() == null) {
            scanned = null;
            throw new AppException("wrong-qr-code", "This QR code is not one of EU Login's");
        }
        return show("pin", null);
    }

    /** The PIN chosen on the PC, then "Authenticate": the app makes its key and enrols. */
    public synchronized AppView authenticate(String pin) {
        if (scanned == null) {
            throw new AppException("not-scanned", "Select \"Initialise\" and scan the QR code first");
        }
        requireOnline();
        KeyPair key = AppCrypto.newDeviceKey();
        String publicKey = AppCrypto.publicKey(key);
        byte[] pinKey = AppCrypto.pinKey(requirePin(pin), scanned.salt(), scanned.iterations());
        String proof = AppCrypto.pinProof(pinKey, scanned.code());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", scanned.code());
        body.put("publicKey", publicKey);
        body.put("pushToken", pushToken);
        body.put("pinProof", proof);
        body.put("signature", AppCrypto.sign(key.getPrivate(),
                AppCrypto.enrolmentMessage(scanned.code(), publicKey, proof, pushToken)));
        JsonNode enrolled;
        try {
            enrolled = idp.enrol(scanned.server(), body);
        } catch (AppException e) {
            if (!"wrong-pin".equals(e.code())) {
                scanned = null;
                show("home", e.code());
            } else {
                show("pin", e.code());
            }
            throw e;
        }
        Enrolment enrolment = new Enrolment(scanned.server(), enrolled.path("deviceId").asText(),
                enrolled.path("account").asText(), key, scanned.salt(), scanned.iterations(),
                AppCrypto.decode(enrolled.path("otpSecret").asText()));
        enrolments.add(enrolment);
        current = enrolment;
        scanned = null;
        kept();
        return show("success", "device-registered");
    }

    // ---- push notifications (FAQ APP-03)

    /** A push from the push service. Without network it waits there, as the real service holds it. */
    public synchronized void pushed(Map<String, String> data) {
        if (!online()) {
            heldPushes.add(data);
            return;
        }
        Optional<Enrolment> enrolment = enrolment(data.get("deviceId"));
        String requestId = data.get("requestId");
        if (enrolment.isEmpty() || requestId == null || !"approval".equals(data.get("type"))) {
            return;
        }
        requests.put(requestId, new Pending(requestId, enrolment.get(), clock.instant(), foreground));
        // What the app said last was about something before: the enrolment's "Click Continue on your
        // PC", above a new request, would tell the person to go on before the PIN is typed.
        notice = null;
        changed();
        notifyAll();
    }

    /** The first pending request, waiting up to {@code timeout} for one to come. */
    public synchronized Optional<AppView.Request> awaitRequest(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return view().requests().stream().findFirst();
    }

    /** In the background, the notification must be accepted before the PIN is asked for. */
    public synchronized AppView accept(String requestId) {
        pending(requestId).opened = true;
        return show(screen, null);
    }

    /** The PIN and "Authenticate" on an open request. */
    public synchronized AppView approve(String requestId, String pin) {
        Pending pending = openPending(requestId);
        return answer(pending, "approve", pending.enrolment.pinKey(requirePin(pin)), "pin");
    }

    /** The fingerprint (or face) instead of the PIN, once enabled (FAQ APP-04). */
    public synchronized AppView approveWithFingerprint(String requestId) {
        Pending pending = openPending(requestId);
        if (pending.enrolment.fingerprintKey == null) {
            throw new AppException("fingerprint-off", "Fingerprint is not enabled in the app");
        }
        return answer(pending, "approve", pending.enrolment.fingerprintKey, "biometric");
    }

    public synchronized AppView refuse(String requestId) {
        return answer(pending(requestId), "refuse", null, "pin");
    }

    private AppView answer(Pending pending, String decision, byte[] pinKey, String verification) {
        requireOnline();
        Enrolment enrolment = pending.enrolment;
        JsonNode details;
        try {
            details = idp.request(enrolment.server, pending.requestId);
        } catch (AppException e) {
            requests.remove(pending.requestId);
            show(screen, e.code());
            throw e;
        }
        String nonce = details.path("nonce").asText();
        String proof = pinKey == null ? "" : AppCrypto.pinProof(pinKey, nonce);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("deviceId", enrolment.deviceId);
        body.put("decision", decision);
        body.put("pinProof", proof);
        body.put("userVerification", verification);
        body.put("signature", AppCrypto.sign(enrolment.key.getPrivate(),
                AppCrypto.answerMessage(pending.requestId, nonce, enrolment.deviceId, decision, proof)));
        try {
            idp.answer(enrolment.server, pending.requestId, body);
        } catch (AppException e) {
            if (!"wrong-pin".equals(e.code())) {
                requests.remove(pending.requestId);
            }
            show(screen, e.code());
            throw e;
        }
        requests.remove(pending.requestId);
        return show("home", "approve".equals(decision) ? "request-approved" : "request-refused");
    }

    // ---- settings

    public synchronized AppView setForeground(boolean foreground) {
        this.foreground = foreground;
        kept();
        return show(screen, null);
    }

    /** Without network (or with the phone unreachable) the app gets no pushes; QR-code codes still work. */
    public synchronized AppView setOffline(boolean offline) {
        this.offline = offline;
        kept();
        deliverHeldPushes();
        return show(screen, null);
    }

    /** The phone's own network came back: pushes held meanwhile arrive. */
    public synchronized void networkChanged() {
        deliverHeldPushes();
    }

    /** Enabling the fingerprint asks for the PIN once; the app keeps the PIN key behind it. */
    public synchronized AppView enableFingerprint(String pin) {
        Enrolment enrolment = requireCurrent();
        enrolment.fingerprintKey = enrolment.pinKey(requirePin(pin));
        kept();
        return show(screen, "fingerprint-enabled");
    }

    public synchronized AppView disableFingerprint() {
        requireCurrent().fingerprintKey = null;
        kept();
        return show(screen, "fingerprint-disabled");
    }

    // ---- "Mobile App + QR code" (FAQ APP-08): no network needed

    public synchronized String oneTimeCode(byte[] image, String pin) {
        Enrolment enrolment = requireCurrent();
        return codeFor(image, enrolment, enrolment.pinKey(requirePin(pin)));
    }

    public synchronized String oneTimeCodeWithFingerprint(byte[] image) {
        Enrolment enrolment = requireCurrent();
        if (enrolment.fingerprintKey == null) {
            throw new AppException("fingerprint-off", "Fingerprint is not enabled in the app");
        }
        return codeFor(image, enrolment, enrolment.fingerprintKey);
    }

    private String codeFor(byte[] image, Enrolment enrolment, byte[] pinKey) {
        String challenge = parse(QrCodes.decode(image), "eulogin:otp").get("challenge");
        if (challenge == null || challenge.isEmpty()) {
            throw new AppException("wrong-qr-code", "This QR code is not one of EU Login's");
        }
        oneTimeCode = AppCrypto.oneTimeCode(enrolment.otpSecret, challenge, pinKey);
        show("code", null);
        return oneTimeCode;
    }

    // ---- accounts

    /** "Switch account": another of the accounts the app is enrolled for. */
    public synchronized AppView switchAccount(String deviceId) {
        current = enrolment(deviceId).orElseThrow(() -> new AppException("not-enrolled", "No such account in the app"));
        kept();
        oneTimeCode = null;
        return show("home", null);
    }

    /** "Unlink device": EU Login forgets the device (when it can be reached), and the app the account. */
    public synchronized AppView unlink() {
        Enrolment enrolment = requireCurrent();
        if (online()) {
            String issuedAt = clock.instant().toString();
            try {
                idp.unlink(enrolment.server, enrolment.deviceId, Map.of("issuedAt", issuedAt,
                        "signature", AppCrypto.sign(enrolment.key.getPrivate(),
                                AppCrypto.unlinkMessage(enrolment.deviceId, issuedAt))));
            } catch (AppException e) {
                // Already gone at EU Login (deleted in My Account, or the panic button): unlink here all the same.
            }
        }
        enrolments.remove(enrolment);
        requests.values().removeIf(p -> p.enrolment == enrolment);
        current = enrolments.isEmpty() ? null : enrolments.get(0);
        kept();
        oneTimeCode = null;
        return show("home", "device-unlinked");
    }

    /** Shows what went wrong on the app's screen (the page's forms, after a refusal). */
    public synchronized void tell(String notice) {
        show(screen, notice);
    }

    /** Back to the home screen, forgetting what was scanned or shown. */
    public synchronized AppView home() {
        scanned = null;
        oneTimeCode = null;
        return show("home", null);
    }

    // ----

    /** Writes down what the app keeps, after a change to it. */
    private void kept() {
        journal.app(record());
    }

    private boolean online() {
        return !offline && phoneReachable.getAsBoolean();
    }

    private void deliverHeldPushes() {
        if (online() && !heldPushes.isEmpty()) {
            List<Map<String, String>> held = new ArrayList<>(heldPushes);
            heldPushes.clear();
            held.forEach(this::pushed);
        }
    }

    private void requireOnline() {
        if (!online()) {
            throw new AppException("offline", "The phone has no network connection");
        }
    }

    private Enrolment requireCurrent() {
        if (current == null) {
            throw new AppException("not-enrolled", "Select \"Initialise\" to register this device first");
        }
        return current;
    }

    private static String requirePin(String pin) {
        if (pin == null || !pin.matches("[0-9]{4}")) {
            throw new AppException("bad-input", "The PIN code is four digits");
        }
        return pin;
    }

    private Pending pending(String requestId) {
        Pending pending = requestId == null ? null : requests.get(requestId);
        if (pending == null) {
            throw new AppException("no-such-request", "No such request is pending in the app");
        }
        return pending;
    }

    private Pending openPending(String requestId) {
        Pending pending = pending(requestId);
        if (!pending.opened) {
            throw new AppException("notification-not-accepted", "Accept the notification first");
        }
        return pending;
    }

    private Optional<Enrolment> enrolment(String deviceId) {
        return enrolments.stream().filter(e -> e.deviceId.equals(deviceId)).findFirst();
    }

    private AppView show(String screen, String notice) {
        this.screen = screen;
        this.notice = notice;
        if (!"code".equals(screen)) {
            oneTimeCode = null;
        }
        changed();
        return view();
    }

    private void changed() {
        changed.run();
    }

    /** The fields of an {@code eulogin:} QR code of the given kind. */
    private static Map<String, String> parse(String text, String kind) {
        if (!text.startsWith(kind + "?")) {
            throw new AppException("wrong-qr-code", "This QR code is not the one the app expects here");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            for (String pair : text.substring(kind.length() + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new AppException("wrong-qr-code", "This QR code is not one of EU Login's");
        }
        return fields;
    }
}
