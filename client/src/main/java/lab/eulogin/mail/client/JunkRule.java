package lab.eulogin.mail.client;

/**
 * A rule of the mail emulator that sends matching mail to the Junk folder, as {@code /api/junk-rules}
 * lists it: everything to one address, or everything from one sender (or, written "@domain", one
 * sending domain). One of {@code address} and {@code sender} is set, the other is null.
 */
public record JunkRule(long id, String address, String sender) {
}
