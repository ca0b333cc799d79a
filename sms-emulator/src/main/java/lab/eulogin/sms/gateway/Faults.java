package lab.eulogin.sms.gateway;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import lab.eulogin.sms.phones.PhoneNumbers;

/** The faults switched on: at most one for all requests and one per number; they last until cleared. */
public final class Faults {
    private static final String EVERYONE = "*";
    private final ConcurrentMap<String, GatewayFault> byNumber = new ConcurrentHashMap<>();

    /** Switches a fault on, replacing the one for the same number (or for everyone). */
    public void set(GatewayFault fault) {
        byNumber.put(fault.number() == null ? EVERYONE : fault.number(), fault);
    }

    public void clear() {
        byNumber.clear();
    }

    public List<GatewayFault> all() {
        return byNumber.values().stream()
                .sorted(Comparator.comparing(fault -> fault.number() == null ? "" : fault.number()))
                .toList();
    }

    /** The fault for a message to this number: its own, else the one for everyone. */
    public Optional<GatewayFault> forMessageTo(String to) {
        if (to != null && PhoneNumbers.isValid(to)) {
            GatewayFault own = byNumber.get(PhoneNumbers.normalise(to));
            if (own != null) {
                return Optional.of(own);
            }
        }
        return forEveryone();
    }

    public Optional<GatewayFault> forEveryone() {
        return Optional.ofNullable(byNumber.get(EVERYONE));
    }
}
