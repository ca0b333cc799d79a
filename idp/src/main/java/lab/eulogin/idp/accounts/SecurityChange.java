package lab.eulogin.idp.accounts;

/**
 * A change to how an account signs in, which its owner is told of by e-mail when they want
 * notifications ("I want to receive email notifications"): a second factor taken away as much as
 * one added, since whoever removes the owner's own can then sign in with theirs alone.
 *
 * @param kind   what changed
 * @param detail what the mail names: the phone number (masked), the device's or the key's name; empty
 *               for a password and for PANIC
 */
public record SecurityChange(Kind kind, String detail) {

    public enum Kind {
        PASSWORD_CHANGED, MOBILE_PHONE_ADDED, MOBILE_DEVICE_ADDED, SECURITY_KEY_ADDED, MOBILE_PHONE_DELETED,
        MOBILE_DEVICE_DELETED, SECURITY_KEY_DELETED,
        /** "Delete all my devices and eID (PANIC)": one notice for every device, key and number it deleted. */
        ALL_SECOND_FACTORS_DELETED
    }

    public SecurityChange {
        detail = detail == null ? "" : detail;
    }

    public static SecurityChange passwordChanged() {
        return new SecurityChange(Kind.PASSWORD_CHANGED, "");
    }

    /** @param maskedNumber the number as it may show outside the account's pages: "+32 ••• •• •• 56" */
    public static SecurityChange mobilePhoneAdded(String maskedNumber) {
        return new SecurityChange(Kind.MOBILE_PHONE_ADDED, maskedNumber);
    }

    public static SecurityChange mobileDeviceAdded(String deviceName) {
        return new SecurityChange(Kind.MOBILE_DEVICE_ADDED, deviceName);
    }

    public static SecurityChange securityKeyAdded(String keyName) {
        return new SecurityChange(Kind.SECURITY_KEY_ADDED, keyName);
    }

    /** @param maskedNumber as for {@link #mobilePhoneAdded} */
    public static SecurityChange mobilePhoneDeleted(String maskedNumber) {
        return new SecurityChange(Kind.MOBILE_PHONE_DELETED, maskedNumber);
    }

    /** Deleted in My Account, or unlinked in the app. */
    public static SecurityChange mobileDeviceDeleted(String deviceName) {
        return new SecurityChange(Kind.MOBILE_DEVICE_DELETED, deviceName);
    }

    public static SecurityChange securityKeyDeleted(String keyName) {
        return new SecurityChange(Kind.SECURITY_KEY_DELETED, keyName);
    }

    public static SecurityChange allSecondFactorsDeleted() {
        return new SecurityChange(Kind.ALL_SECOND_FACTORS_DELETED, "");
    }
}
