package lab.eulogin.idp.sessions;

/**
 * One thing a sign-in used, as services read it in {@code authenticationFactors}: the address
 * typed (moniker), the phone an SMS went to, the device of the mobile app, or the security key.
 */
public record AuthenticationFactor(Kind kind, String value) {

    public enum Kind {
        MONIKER("moniker"), MOBILE_PHONE_NUMBER("mobilePhoneNumber"), MOBILE_DEVICE("mobileDevice"),
        /** The lab's own element: EU Login's name for it is not public. */
        SECURITY_KEY("securityKey");

        private final String element;

        Kind(String element) {
            this.element = element;
        }

        /** The element name in EU Login's validation response. */
        public String element() {
            return element;
        }
    }

    public static AuthenticationFactor moniker(String email) {
        return new AuthenticationFactor(Kind.MONIKER, email);
    }

    public static AuthenticationFactor mobilePhone(String number) {
        return new AuthenticationFactor(Kind.MOBILE_PHONE_NUMBER, number);
    }

    public static AuthenticationFactor mobileDevice(String name) {
        return new AuthenticationFactor(Kind.MOBILE_DEVICE, name);
    }

    public static AuthenticationFactor securityKey(String name) {
        return new AuthenticationFactor(Kind.SECURITY_KEY, name);
    }
}
