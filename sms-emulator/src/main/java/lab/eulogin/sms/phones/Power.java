package lab.eulogin.sms.phones;

import java.util.Locale;

/** Whether the handset is switched on; written "on" and "off" in JSON and forms. */
public enum Power {
    ON, OFF;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
