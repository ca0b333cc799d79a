package lab.eulogin.idp.devices;

/** The two ways the app proves the second factor, with the strength EU Login reports for each. */
public enum AppMethod {
    /** "EU Login Mobile App PIN Code": a push notification answered with the PIN (FAQ APP-03). */
    PIN_BY_PUSH("PASSWORD_MOBILE_APP"),
    /** "EU Login Mobile App QR Code": the app reads a QR code and shows a one-time code (APP-08). */
    QR_CODE("PASSWORD_SOFTWARE_TOKEN");

    private final String strength;

    AppMethod(String strength) {
        this.strength = strength;
    }

    /** The name in a validation response's {@code strengths}. */
    public String strength() {
        return strength;
    }
}
