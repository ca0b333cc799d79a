package lab.eulogin.sms.client;

import java.util.List;

/** A virtual phone: its number in E.164 form, its settings and what follows from them. */
public record Phone(String number, String power, boolean airplaneMode, boolean signal, boolean doNotDisturb,
                    List<String> blockedSenders, boolean reachable, int waitingInNetwork, int inboxSize) {

    public PhoneState state() {
        return new PhoneState(power, airplaneMode, signal, doNotDisturb, blockedSenders);
    }
}
