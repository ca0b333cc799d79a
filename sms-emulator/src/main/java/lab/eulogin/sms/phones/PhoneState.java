package lab.eulogin.sms.phones;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What decides whether a message reaches a handset. Unreachable (off, airplane mode, no signal):
 * the network holds messages; do-not-disturb: messages arrive silently; blocked senders: their
 * messages never arrive.
 */
public record PhoneState(Power power, boolean airplaneMode, boolean signal, boolean doNotDisturb,
                         List<String> blockedSenders) {

    public PhoneState {
        if (power == null) {
            throw new IllegalArgumentException("power must be on or off");
        }
        blockedSenders = normaliseSenders(blockedSenders);
    }

    /** A phone fresh out of the box: on, with signal, nothing blocked. */
    public static PhoneState defaults() {
        return new PhoneState(Power.ON, false, true, false, List.of());
    }

    public boolean reachable() {
        return power == Power.ON && !airplaneMode && signal;
    }

    public boolean blocks(String sender) {
        return blockedSenders.stream().anyMatch(blocked -> blocked.equalsIgnoreCase(sender));
    }

    public PhoneState withPower(Power value) {
        return new PhoneState(value, airplaneMode, signal, doNotDisturb, blockedSenders);
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

    public PhoneState withBlockedSenders(List<String> value) {
        return new PhoneState(power, airplaneMode, signal, doNotDisturb, value);
    }

    private static List<String> normaliseSenders(List<String> senders) {
        if (senders == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String raw : senders) {
            String sender = PhoneNumbers.sender(raw)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Not a phone number or sender ID: " + raw));
            if (result.stream().noneMatch(s -> s.toLowerCase(Locale.ROOT).equals(sender.toLowerCase(Locale.ROOT)))) {
                result.add(sender);
            }
        }
        return List.copyOf(result);
    }
}
