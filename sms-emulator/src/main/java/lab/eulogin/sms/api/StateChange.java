package lab.eulogin.sms.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import lab.eulogin.sms.phones.PhoneState;
import lab.eulogin.sms.phones.Power;

/**
 * A phone state as sent to PUT (what is missing takes the default) or PATCH (what is missing stays
 * as it is). The read-only fields of {@link PhoneView} are ignored, so a phone read can be sent back.
 */
@JsonIgnoreProperties(value = {"number", "reachable", "waitingInNetwork", "inboxSize"})
public record StateChange(Power power, Boolean airplaneMode, Boolean signal, Boolean doNotDisturb,
                          List<String> blockedSenders) {

    public PhoneState applyTo(PhoneState base) {
        return new PhoneState(
                power != null ? power : base.power(),
                airplaneMode != null ? airplaneMode : base.airplaneMode(),
                signal != null ? signal : base.signal(),
                doNotDisturb != null ? doNotDisturb : base.doNotDisturb(),
                blockedSenders != null ? blockedSenders : base.blockedSenders());
    }
}
