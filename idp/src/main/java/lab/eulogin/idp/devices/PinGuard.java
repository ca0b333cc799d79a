package lab.eulogin.idp.devices;

import java.time.Clock;
import java.time.Instant;

/**
 * Checks the PIN behind an answer of the app (FAQ APP-07): a wrong one is refused, and after too
 * many in a row the device's approvals are locked for a while. The right one starts the count again.
 */
public final class PinGuard {
    public sealed interface Checked {
        record Right() implements Checked { }

        record Wrong(int triesLeft) implements Checked { }

        record Locked(Instant until) implements Checked { }
    }

    private final DeviceRepository devices;
    private final DevicePolicy policy;
    private final Clock clock;

    public PinGuard(DeviceRepository devices, DevicePolicy policy, Clock clock) {
        this.devices = devices;
        this.policy = policy;
        this.clock = clock;
    }

    /** @param pinProof the app's proof over {@code nonce} (see {@link DeviceCrypto#pinProof}) */
    public Checked check(MobileDevice device, String nonce, String pinProof) {
        Instant now = clock.instant();
        if (device.lockedAt(now)) {
            return new Checked.Locked(device.lockedUntil());
        }
        if (DeviceCrypto.same(DeviceCrypto.pinProof(device.pinKey(), nonce), pinProof)) {
            devices.rightPin(device.id(), now);
            return new Checked.Right();
        }
        Instant until = now.plus(policy.pinLockout());
        int failed = devices.wrongPin(device.id(), policy.maxPinTries(), until);
        return failed >= policy.maxPinTries() ? new Checked.Locked(until)
                : new Checked.Wrong(policy.maxPinTries() - failed);
    }
}
