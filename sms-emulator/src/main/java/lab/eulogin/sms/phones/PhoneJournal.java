package lab.eulogin.sms.phones;

/**
 * Where the network writes down each change to its phones as it makes it, under the phone's lock,
 * so that the store sees one phone's changes in the order they happened. {@link #NONE} keeps
 * nothing (a phone on its own, in unit tests).
 */
public interface PhoneJournal {
    PhoneJournal NONE = new PhoneJournal() {
        @Override public void phoneState(String number, PhoneState state) { }
        @Override public void arrived(InboxMessage message) { }
        @Override public void held(Sms sms) { }
        @Override public void released(String number, String sid) { }
        @Override public void inboxCleared(String number) { }
    };

    /** The phone exists (created now) with this state, or its state changed. */
    void phoneState(String number, PhoneState state);

    /** A message arrived in the inbox of {@code message.to()}. */
    void arrived(InboxMessage message);

    /** The network holds this message until its phone is reachable. */
    void held(Sms sms);

    /** The network no longer holds this message (it arrived, expired, was blocked or dropped). */
    void released(String number, String sid);

    void inboxCleared(String number);
}
