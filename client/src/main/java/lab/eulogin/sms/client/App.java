package lab.eulogin.sms.client;

import java.time.Instant;
import java.util.List;

/**
 * The EU Login app on a phone, as the emulator's API shows it.
 *
 * @param online         false when the app is offline or its phone unreachable
 * @param fingerprint    whether the fingerprint replaces the PIN for the account in use
 * @param screen         {@code home}, {@code scan}, {@code pin}, {@code success} or {@code code}
 * @param notice         what the app last said, as a stable key (e.g. {@code device-registered}), or null
 * @param currentAccount the device id of the account in use, or null
 * @param oneTimeCode    the code last shown for a QR code, or null
 */
public record App(String number, boolean foreground, boolean offline, boolean online, boolean fingerprint,
                  String screen, String notice, String currentAccount, List<Account> accounts,
                  List<Request> requests, String oneTimeCode) {

    /** An EU Login account the app is enrolled for. */
    public record Account(String deviceId, String account, String server) {
    }

    /** A pushed authentication request; {@code state} is {@code notification} or {@code pin-prompt}. */
    public record Request(String requestId, String deviceId, String account, String state, Instant receivedAt) {
    }
}
