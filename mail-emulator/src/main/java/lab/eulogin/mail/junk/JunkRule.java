package lab.eulogin.mail.junk;

/**
 * Sends matching mail to the Junk folder: either everything to one address, or everything from
 * one sender (or, written "@domain", one sending domain). Exactly one of {@code address} and {@code sender} is set.
 */
public record JunkRule(long id, String address, String sender) {
    public JunkRule {
        address = blankToNull(address);
        sender = blankToNull(sender);
        if ((address == null) == (sender == null)) {
            throw new IllegalArgumentException("A junk rule names either an address or a sender");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
