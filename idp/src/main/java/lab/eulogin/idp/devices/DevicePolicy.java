package lab.eulogin.idp.devices;

import java.time.Duration;

/**
 * The numbers behind the EU Login mobile app. The FAQs give none, so the lab picks them.
 *
 * @param enrolmentValidity   how long the QR code of "Add a mobile device" can be scanned (5 minutes)
 * @param approvalValidity    how long a push notification can be answered (2 minutes)
 * @param qrChallengeValidity how long the QR code of "Mobile App + QR code" is good for (3 minutes)
 * @param maxPinTries         wrong PINs in a row, by push or as QR one-time codes, before the device is
 *                            locked (5)
 * @param pinLockout          how long they stay locked (15 minutes, as for passwords)
 * @param pinIterations       PBKDF2 cost of the PIN key, paid by the IdP once and by the app at each
 *                            answer (100,000)
 * @param maxQrCodeTries      wrong one-time codes for one QR challenge before a new one is needed (3)
 * @param pushUrl             where push notifications go, in the shape of Firebase Cloud Messaging's
 *                            HTTP v1 API; by default the lab's phones
 * @param pushTimeout         how long to wait for the push service (5 seconds)
 */
public record DevicePolicy(Duration enrolmentValidity, Duration approvalValidity, Duration qrChallengeValidity,
                           int maxPinTries, Duration pinLockout, int pinIterations, int maxQrCodeTries,
                           String pushUrl, Duration pushTimeout) {

    public static final String LAB_PUSH_URL = "http://127.0.0.1:7100/v1/projects/eu-login-lab/messages:send";

    public static DevicePolicy defaults() {
        return new DevicePolicy(Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofMinutes(3), 5,
                Duration.ofMinutes(15), 100_000, 3, LAB_PUSH_URL, Duration.ofSeconds(5));
    }

    public DevicePolicy withPushUrl(String pushUrl) {
        return new DevicePolicy(enrolmentValidity, approvalValidity, qrChallengeValidity, maxPinTries, pinLockout,
                pinIterations, maxQrCodeTries, pushUrl, pushTimeout);
    }

    public DevicePolicy withPinIterations(int pinIterations) {
        return new DevicePolicy(enrolmentValidity, approvalValidity, qrChallengeValidity, maxPinTries, pinLockout,
                pinIterations, maxQrCodeTries, pushUrl, pushTimeout);
    }
}
