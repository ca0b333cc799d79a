package lab.eulogin.testkit;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lab.eulogin.sms.client.App;
import lab.eulogin.sms.client.EuLoginAppClient;
import lab.eulogin.sms.client.Phone;
import lab.eulogin.sms.client.PhoneState;
import lab.eulogin.sms.client.Sms;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.testkit.clients.LabAccountsClient;

/**
 * One virtual handset of the SMS emulator, as a test holds it: its inbox read in order, its state
 * (off, airplane mode, no signal, do-not-disturb, blocked senders), and the EU Login app on it.
 * Made with {@link LabKit#phone(String)}, which gives the same phone for the same number.
 */
public final class VirtualPhone {
    /** EU Login's nine-character SMS challenge, e.g. {@code 7KQ-M2P-9XD}. */
    private static final Pattern CHALLENGE = Pattern.compile("\\b([A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3})\\b");

    private final String number;
    private final SmsApiClient sms;
    private final EuLoginAppClient app;
    private final LabAccountsClient accounts;
    private final Duration timeout;
    private long lastSeen;

    VirtualPhone(String number, SmsApiClient sms, EuLoginAppClient app, LabAccountsClient accounts, Duration timeout) {
        this.number = number;
        this.sms = sms;
        this.app = app;
        this.accounts = accounts;
        this.timeout = timeout;
    }

    public String number() {
        return number;
    }

    // ---- SMS

    /** The next text this phone receives (the first one not handed out yet), waiting for it as long as the kit's timeout. */
    public synchronized Sms nextSms() {
        Sms next = sms.nextMessage(number, lastSeen, timeout).orElseThrow(() -> new AssertionError(
                "No new SMS on " + number + " within " + timeout.toSeconds() + " s; the phone is "
                        + describe() + " and its inbox holds " + sms.messages(number).stream().map(Sms::body).toList()));
        lastSeen = next.id();
        return next;
    }

    /** The challenge ("SMS text challenge") of the next text, as typed on EU Login's page. */
    public String nextCode() {
        Sms next = nextSms();
        Matcher code = CHALLENGE.matcher(next.body());
        if (!code.find()) {
            throw new AssertionError("No EU Login challenge in the SMS on " + number + ": " + next.body());
        }
        return code.group(1);
    }

    /** From now on, only texts arriving after what is in the inbox already. */
    public synchronized VirtualPhone skipToLatest() {
        List<Sms> inbox = sms.messages(number);
        if (!inbox.isEmpty()) {
            lastSeen = Math.max(lastSeen, inbox.get(inbox.size() - 1).id());
        }
        return this;
    }

    public List<Sms> inbox() {
        return sms.messages(number);
    }

    // ---- state

    public Phone state() {
        return sms.createPhone(number);
    }

    /** The whole state at once; texts held by the network arrive when the phone becomes reachable. */
    public Phone setState(PhoneState state) {
        return sms.setState(number, state);
    }

    public Phone switchOff() {
        return setState(state().state().withPower(false));
    }

    public Phone switchOn() {
        return setState(state().state().withPower(true));
    }

    public Phone airplaneMode(boolean on) {
        return setState(state().state().withAirplaneMode(on));
    }

    // ---- the EU Login app

    /** Installs the app (once). */
    public App installApp() {
        return app.install(number);
    }

    public App app() {
        return app.app(number);
    }

    /**
     * "Add a mobile device" for the account with this device name and PIN, its QR code scanned by
     * this phone's app (installed if needed), the PIN typed, "Authenticate" (FAQ APP-01).
     */
    public App enrolApp(TestAccount account, String deviceName, String pin) {
        byte[] qrCode = accounts.startDeviceEnrolment(account.email(), deviceName, pin);
        app.install(number);
        return app.enrol(number, qrCode, pin);
    }

    /** Waits for the next push to the app and approves it with the PIN (FAQ APP-03). */
    public App approveNextPush(String pin) {
        return app.approve(number, nextPush().requestId(), pin);
    }

    /** Waits for the next push to the app and refuses it. */
    public App refuseNextPush() {
        return app.refuse(number, nextPush().requestId());
    }

    /** The next push the app receives, waiting for it as long as the kit's timeout. */
    public App.Request nextPush() {
        return app.nextRequest(number, timeout).orElseThrow(() -> new AssertionError(
                "No push reached the app on " + number + " within " + timeout.toSeconds() + " s; the phone is " + describe()));
    }

    /** The one-time code the app shows for a QR code of "EU Login Mobile App QR Code" (FAQ APP-08). */
    public String oneTimeCode(byte[] qrCodePicture, String pin) {
        return app.oneTimeCode(number, qrCodePicture, pin);
    }

    private String describe() {
        Phone phone = sms.createPhone(number);
        return phone.reachable() ? "reachable" : "unreachable (" + phone.state() + ")";
    }
}
