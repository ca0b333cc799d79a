package lab.eulogin.sms.client;

import java.util.List;

/**
 * A phone's settings as the API takes and gives them.
 *
 * @param power "on" or "off"
 */
public record PhoneState(String power, boolean airplaneMode, boolean signal, boolean doNotDisturb,
                         List<String> blockedSenders) {

    public PhoneState {
        if (!"on".equals(power) && !"off".equals(power)) {
            throw new IllegalArgumentException("power is \"on\" or \"off\"");
        }
        blockedSenders = blockedSenders == null ? List.of() : List.copyOf(blockedSenders);
    }

    /** On, with signal, nothing blocked: how a phone starts. */
    public static PhoneState defaults() {
        return new PhoneState("on", false, true, false, List.of());
    }

    public PhoneState withPower(boolean on) {
        return new PhoneState(on ? "on" : "off", airplaneMode, signal, doNotDisturb, blockedSenders);
    }

    public PhoneState withAirplaneMode(boolean value) {
        return new PhoneState(power, value, signal, doNotDisturb, blockedSenders);
    }

    public PhoneState withSignal(boolean value) {
        return new PhoneState(power, airplaneMode, value, doNotDisturb, blockedSenders);
    }

    public PhoneState withDoNotDisturb(boolean value) {
        return new PhoneState(power, airplaneMode, signal, value, blockedSenders);
    }

    public PhoneState withBlockedSenders(String... senders) {
        return new PhoneState(power, airplaneMode, signal, doNotDisturb, List.of(senders));
    }
}
