package lab.eulogin.sms.phones;

import java.util.List;

/** A phone as the store kept it: its state, its inbox (oldest first) and the messages held for it. */
public record RestoredPhone(String number, PhoneState state, List<InboxMessage> inbox, List<Sms> held) {
}
