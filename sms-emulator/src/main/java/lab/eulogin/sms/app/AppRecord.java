package lab.eulogin.sms.app;

import java.util.List;

/**
 * What the EU Login app on a phone keeps across a restart, as a phone keeps it across a reboot: its
 * push token, its settings and its enrolments with their keys. Requests on its screen, pushes
 * waiting for network and what the screen shows are not kept. Binary values are base64url.
 *
 * @param currentDeviceId the account in use; null when none is enrolled
 */
public record AppRecord(String number, String pushToken, boolean foreground, boolean offline, String currentDeviceId,
                        List<Enrolment> enrolments) {

    public AppRecord {
        enrolments = List.copyOf(enrolments);
    }

    /**
     * @param privateKey     the device key, PKCS#8
     * @param publicKey      the device key, X.509 SubjectPublicKeyInfo
     * @param fingerprintKey the PIN key kept behind the fingerprint; null when the fingerprint is off
     */
    public record Enrolment(String server, String deviceId, String label, String privateKey, String publicKey,
                            String salt, int iterations, String otpSecret, String fingerprintKey) {
    }
}
