package lab.eulogin.sms.app;

import java.time.Instant;
import java.util.List;

/**
 * The app as the API and the page show it.
 *
 * @param screen         {@code home}, {@code scan} (after "Initialise"), {@code pin} (QR read, "Authenticate"
 *                       waits for the PIN), {@code success}, {@code code} (a one-time code is shown)
 * @param notice         what the app last said (a stable key), or null
 * @param currentAccount the device id of the account in use ("Switch account"), or null
 * @param oneTimeCode    the code last shown for a QR code (APP-08), or null
 */
public record AppView(String number, boolean foreground, boolean offline, boolean online, boolean fingerprint,
                      String screen, String notice, String currentAccount, List<Account> accounts,
                      List<Request> requests, String oneTimeCode) {

    /** One EU Login account the app is enrolled for. */
    public record Account(String deviceId, String account, String server) {
    }

    /**
     * An authentication request pushed to the app.
     *
     * @param state {@code notification} (in the background: to accept first) or {@code pin-prompt}
     */
    public record Request(String requestId, String deviceId, String account, String state, Instant receivedAt) {
    }
}
