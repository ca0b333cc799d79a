package lab.eulogin.sms.web;

import java.util.Map;
import java.util.Set;
import lab.eulogin.sms.app.AppView;

/**
 * The EU Login app as the page draws it on a phone's screen, with what it last said in words.
 *
 * @param noticeText the words of {@code view.notice()}, or null
 */
record AppCard(AppView view, String noticeText, boolean noticeIsError) {
    private static final Map<String, String> SAYS = Map.ofEntries(
            Map.entry("device-registered", "Success: your device is registered with EU Login. Click \"Continue\" on your PC."),
            Map.entry("request-approved", "Authenticated. You can go back to your browser."),
            Map.entry("request-refused", "The request was refused."),
            Map.entry("fingerprint-enabled", "Fingerprint enabled: it can be used instead of the PIN code."),
            Map.entry("fingerprint-disabled", "Fingerprint disabled: the app asks for the PIN code."),
            Map.entry("device-unlinked", "The device is unlinked from the account."),
            Map.entry("wrong-pin", "Wrong PIN code."),
            Map.entry("device-locked", "Too many wrong PIN codes: this device is locked for a while."),
            Map.entry("offline", "No network connection."),
            Map.entry("qr-unreadable", "No QR code could be read in that picture."),
            Map.entry("wrong-qr-code", "This is not the QR code the app expects here."),
            Map.entry("not-scanned", "Select \"Initialise\" and scan the QR code first."),
            Map.entry("not-enrolled", "Select \"Initialise\" to register this device first."),
            Map.entry("notification-not-accepted", "Accept the notification first."),
            Map.entry("no-such-request", "This request can no longer be answered."),
            Map.entry("fingerprint-off", "Fingerprint is not enabled."),
            Map.entry("bad-input", "The PIN code is four digits."),
            Map.entry("expired", "The QR code has expired: add the device again on the PC."),
            Map.entry("unknown-code", "This QR code is no longer valid: add the device again on the PC."),
            Map.entry("idp-unreachable", "EU Login cannot be reached."));
    private static final Set<String> GOOD = Set.of("device-registered", "request-approved",
            "fingerprint-enabled", "fingerprint-disabled", "device-unlinked");

    static AppCard of(AppView view) {
        String notice = view.notice();
        if (notice == null) {
            return new AppCard(view, null, false);
        }
        return new AppCard(view, SAYS.getOrDefault(notice, "EU Login refused the request."), !GOOD.contains(notice));
    }

    /** The account in use, as the app shows it. */
    public String currentLabel() {
        return view.accounts().stream().filter(a -> a.deviceId().equals(view.currentAccount()))
                .map(AppView.Account::account).findFirst().orElse(null);
    }
}
