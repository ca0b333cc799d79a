package lab.eulogin.idp.devices;

import lab.eulogin.idp.accounts.FieldErrors;

/** "Add a mobile device": "Your device name", "Your 4 digit PIN code", "Confirm your PIN code". */
public final class DeviceRules {
    public static final int MAX_NAME_LENGTH = 40;

    private DeviceRules() {
    }

    public static FieldErrors check(String name, String pin, String pinConfirm) {
        FieldErrors errors = new FieldErrors();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.add("deviceName", "device-name-required");
        } else if (trimmed.length() > MAX_NAME_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            errors.add("deviceName", "device-name-invalid");
        }
        if (!isPin(pin)) {
            errors.add("pin", "pin-format");
        } else if (!pin.equals(pinConfirm)) {
            errors.add("pinConfirm", "pin-mismatch");
        }
        return errors;
    }

    /** Exactly four digits 0 to 9 (no other script's digits). */
    public static boolean isPin(String pin) {
        return pin != null && pin.matches("[0-9]{4}");
    }
}
