package lab.eulogin.mail.store;

import java.util.Locale;

/** One spelling per mailbox: addresses are matched trimmed and case-insensitively. */
public final class Addresses {
    private Addresses() {
    }

    public static String key(String address) {
        return address == null ? null : address.trim().toLowerCase(Locale.ROOT);
    }
}
