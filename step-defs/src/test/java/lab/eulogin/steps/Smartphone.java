package lab.eulogin.steps;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import lab.eulogin.sms.client.App;
import lab.eulogin.sms.client.AppApiException;
import lab.eulogin.sms.client.EuLoginAppClient;
import lab.eulogin.sms.client.SmsApiClient;

/**
 * The scenario person's smartphone: a virtual phone of the SMS emulator with the EU Login app, a
 * number of its own, and the person's hand on it. The app is worked through the emulator's client,
 * as the person taps it; its camera is handed pictures of what the PC shows. What the app refused
 * last is kept for the step that looks at it, as the person would read it on the screen.
 */
public class Smartphone {
    /** Long enough for a push on a slow machine; the request is usually there before the PC page is. */
    private static final Duration PUSH_PATIENCE = Duration.ofSeconds(10);
    /** Belgian mobile numbers, +32 47x xx xx xx, distinct in this run whatever the scenario. */
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    private final EuLoginAppClient app;
    private final SmsApiClient phones;
    private String number = newNumber();
    private AppApiException refusal;
    private String oneTimeCode;

    public Smartphone(RunningLab lab) {
        this.app = new EuLoginAppClient(lab.smsUrl());
        this.phones = lab.smsApi();
    }

    /** A number no other phone of this run has, e.g. for a basic phone without the app. */
    public static String newNumber() {
        return "+3247" + String.format("%07d", NEXT_NUMBER.incrementAndGet() % 10_000_000);
    }

    public String number() {
        return number;
    }

    /** The person's new smartphone, after losing the old one: another phone, another number. */
    public void replaceWithANewOne() {
        number = newNumber();
        refusal = null;
        oneTimeCode = null;
    }

    public App installApp() {
        return app.install(number);
    }

    public App app() {
        return app.app(number);
    }

    /** "Initialise", then the camera on the QR code in the picture. */
    public void initialiseAndScan(byte[] picture) {
        attempt(() -> app.initialise(number, picture));
    }

    /**
     * The PIN, then "Authenticate": on the QR code just scanned when the app asks for the PIN to
     * register the device, otherwise on the authentication request pending in the app (signing in).
     */
    public void enterPinAndAuthenticate(String pin) {
        if ("pin".equals(app().screen())) {
            attempt(() -> app.authenticate(number, pin));
        } else {
            String requestId = awaitRequest().requestId();
            attempt(() -> app.approve(number, requestId, pin));
        }
    }

    /** The fingerprint (or face) on the pending request, instead of the PIN. */
    public void useFingerprint() {
        App.Request pending = awaitRequest();
        attempt(() -> app.approveWithFingerprint(number, pending.requestId()));
    }

    public void enableFingerprint(String pin) {
        app.enableFingerprint(number, pin);
    }

    /** The authentication request pending in the app, waiting for one to come. */
    public App.Request awaitRequest() {
        return app.nextRequest(number, PUSH_PATIENCE).orElseThrow(() -> new AssertionError(
                "No authentication request reached the app on " + number + " within " + PUSH_PATIENCE));
    }

    /** Accepts the notification of the pending request (the app was in the background). */
    public void acceptNotification() {
        app.accept(number, awaitRequest().requestId());
    }

    public void setForeground(boolean foreground) {
        app.setForeground(number, foreground);
    }

    /** The camera on the QR code of "EU Login Mobile App QR Code", then the PIN: the app shows a one-time code. */
    public void scanForOneTimeCode(byte[] picture, String pin) {
        attempt(() -> oneTimeCode = app.oneTimeCode(number, picture, pin));
    }

    public String oneTimeCode() {
        if (oneTimeCode == null) {
            throw new AssertionError("The app shows no one-time code" + refusalNote());
        }
        return oneTimeCode;
    }

    public void setAirplaneMode(boolean on) {
        phones.setState(number, phones.phone(number).state().withAirplaneMode(on));
    }

    public void switchOff() {
        phones.setState(number, phones.phone(number).state().withPower(false));
    }

    /** What the app said when it last refused, or null when it did what was asked. */
    public AppApiException refusal() {
        return refusal;
    }

    /** The app's refusal, for a step that expects one; fails when the app refused nothing. */
    public AppApiException expectRefusal() {
        if (refusal == null) {
            throw new AssertionError("The app refused nothing: " + app());
        }
        return refusal;
    }

    String refusalNote() {
        return refusal == null ? "" : "; the app last said: " + refusal.getMessage() + " (" + refusal.code() + ")";
    }

    /** Does what the person does on the app; a refusal is kept, as the screen would show it. */
    private void attempt(Runnable tap) {
        refusal = null;
        try {
            tap.run();
        } catch (AppApiException refused) {
            refusal = refused;
        }
    }
}
