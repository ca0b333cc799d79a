package lab.eulogin.idp.devices;

/**
 * A browser waiting for the app: the push request or the QR challenge it was shown, and where to
 * go once the app has answered.
 *
 * @param reference the request id of a push approval, or the challenge of a QR code
 */
public record PendingAppSignIn(AppMethod method, long accountId, String reference) {
}
