package lab.eulogin.sms.api;

import java.util.List;
import lab.eulogin.sms.phones.Phone;
import lab.eulogin.sms.phones.PhoneState;
import lab.eulogin.sms.phones.Power;

/**
 * A phone in the JSON API: its number and state, plus what follows from them.
 *
 * @param reachable        on, not in airplane mode, with signal
 * @param waitingInNetwork messages held for it until it is reachable again
 * @param inboxSize        messages in its inbox
 */
public record PhoneView(String number, Power power, boolean airplaneMode, boolean signal, boolean doNotDisturb,
                        List<String> blockedSenders, boolean reachable, int waitingInNetwork, int inboxSize) {

    static PhoneView of(Phone phone) {
        PhoneState state = phone.state();
        return new PhoneView(phone.number(), state.power(), state.airplaneMode(), state.signal(),
                state.doNotDisturb(), state.blockedSenders(), state.reachable(), phone.waitingInNetwork(),
                phone.inboxSize());
    }
}
