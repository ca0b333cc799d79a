package lab.eulogin.idp.devices;

import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * "Mobile App + PIN" (FAQ APP-03, APP-04, APP-07): a request pushed to one device, answered by the
 * app with its signature over the request's fresh nonce and a proof of the PIN. Requests live in
 * memory for their short life; the PC page asks for their status until they are answered.
 */
public final class PushApprovals {
    /** Forgotten this long after they expired, so a late PC page still reads how they ended. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofMinutes(10);

    public enum Status { PENDING, APPROVED, REFUSED, EXPIRED, LOCKED }

    /**
     * One request as it stands.
     *
     * @param delivered   whether the push service took the notification
     * @param lockedUntil when the device's approvals open again, for a LOCKED request
     */
    public record Approval(String requestId, long accountId, String deviceId, String deviceName, Status status,
                           Instant expiresAt, boolean delivered, Instant lockedUntil) {
    }

    /** What the app reads before it answers: the nonce to sign, and whose sign-in it is. */
    public record Details(String requestId, String deviceId, String nonce, String account, Instant expiresAt) {
    }

    /**
     * The app's answer.
     *
     * @param decision         {@code approve} or {@code refuse}
     * @param userVerification {@code pin} or {@code biometric} (FAQ APP-04), for the record
     */
    public record Answer(String deviceId, String decision, String pinProof, String userVerification, String signature) {
    }

    public sealed interface Answered {
        record Approved() implements Answered { }

        record Refused() implements Answered { }

        record WrongPin(int triesLeft) implements Answered { }

        record Locked(Instant until) implements Answered { }

        /** @param reason {@code unknown-request}, {@code not-pending}, {@code expired}, {@code bad-request} or {@code bad-signature} */
        record Rejected(String reason) implements Answered { }
    }

    private static final class Entry {
        final String id;
        final long accountId;
        final MobileDevice device;
        final String nonce = DeviceCrypto.randomToken(32);
        final Instant expiresAt;
        volatile Status status;
        volatile boolean delivered;
        volatile Instant lockedUntil;

        Entry(String id, long accountId, MobileDevice device, Instant expiresAt, Status status) {
            this.id = id;
            this.accountId = accountId;
            this.device = device;
            this.expiresAt = expiresAt;
            this.status = status;
        }
    }

    private final Map<String, Entry> requests = new ConcurrentHashMap<>();
    private final DeviceRepository devices;
    private final PinGuard pins;
    private final PushSender push;
    private final DevicePolicy policy;
    private final Clock clock;
    private final LongFunction<String> accountLabel;
    private final StatusChanges changes = new StatusChanges();

    public PushApprovals(DeviceRepository devices, PinGuard pins, PushSender push, DevicePolicy policy, Clock clock,
                         LongFunction<String> accountLabel) {
        this.devices = devices;
        this.pins = pins;
        this.push = push;
        this.policy = policy;
        this.clock = clock;
        this.accountLabel = accountLabel;
    }

    /**
     * Pushes a new request to one of the account's devices; a locked device gets none, and the
     * request reads LOCKED at once.
     *
     * @return the request id, for {@link #status}
     * @throws IllegalArgumentException when the device is not one of the account's
     */
    public String start(long accountId, String deviceId) {
        MobileDevice device = devices.find(deviceId).filter(d -> d.accountId() == accountId)
                .orElseThrow(() -> new IllegalArgumentException("No such device for this account"));
        Instant now = clock.instant();
        requests.values().removeIf(e -> e.expiresAt.plus(KEPT_AFTER_EXPIRY).isBefore(now));
        String id = DeviceCrypto.randomToken(16);
        boolean locked = device.lockedAt(now);
        Entry entry = new Entry(id, accountId, device, now.plus(policy.approvalValidity()),
                locked ? Status.LOCKED : Status.PENDING);
        entry.lockedUntil = locked ? device.lockedUntil() : null;
        requests.put(id, entry);
        if (!locked) {
            entry.delivered = push.push(device.pushToken(), Map.of("type", "approval", "requestId", id,
                    "deviceId", device.deviceId()));
        }
        return id;
    }

    public Optional<Approval> status(String requestId) {
        Entry e = requestId == null ? null : requests.get(requestId);
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(new Approval(e.id, e.accountId, e.device.deviceId(), e.device.name(), current(e),
                e.expiresAt, e.delivered, e.lockedUntil));
    }

    /** The request as the app reads it, while it can still be answered. */
    public Optional<Details> details(String requestId) {
        Entry e = requestId == null ? null : requests.get(requestId);
        if (e == null || current(e) != Status.PENDING) {
            return Optional.empty();
        }
        return Optional.of(new Details(e.id, e.device.deviceId(), e.nonce, accountLabel.apply(e.accountId), e.expiresAt));
    }

    /**
     * Waits until the request's status is another than {@code from} (the app answered, the device
     * locked, the request expired or was forgotten), at most {@code atMost}: the PC page then goes
     * on the moment the app answers. The status then; empty once the request is forgotten.
     */
    public Optional<Status> awaitOther(String requestId, Status from, Duration atMost) {
        return Optional.ofNullable(changes.awaitOther(() -> status(requestId).map(Approval::status).orElse(null),
                from, atMost));
    }

    /** Every page waiting here is answered at once, now and from now on: the server stops. */
    public void stopWaiting() {
        changes.stopWaiting();
    }

    public Answered answer(String requestId, Answer answer) {
        try {
            return answerNow(requestId, answer);
        } finally {
            changes.changed();
        }
    }

    private Answered answerNow(String requestId, Answer answer) {
        Entry e = requestId == null ? null : requests.get(requestId);
        if (e == null) {
            return new Answered.Rejected("unknown-request");
        }
        synchronized (e) {
            Status status = current(e);
            if (status == Status.EXPIRED) {
                return new Answered.Rejected("expired");
            }
            if (status != Status.PENDING) {
                return new Answered.Rejected("not-pending");
            }
            boolean approve = "approve".equals(answer.decision());
            if (!e.device.deviceId().equals(answer.deviceId()) || !(approve || "refuse".equals(answer.decision()))) {
                return new Answered.Rejected("bad-request");
            }
            Optional<MobileDevice> device = devices.find(e.device.deviceId());
            if (device.isEmpty()) {
                return new Answered.Rejected("unknown-request");
            }
            String proof = approve ? nullToEmpty(answer.pinProof()) : "";
            String message = DeviceCrypto.answerMessage(e.id, e.nonce, e.device.deviceId(), answer.decision(), proof);
            ECPublicKey key = DeviceCrypto.publicKey(device.get().publicKey());
            if (!DeviceCrypto.verify(key, message, answer.signature())) {
                return new Answered.Rejected("bad-signature");
            }
            if (!approve) {
                e.status = Status.REFUSED;
                return new Answered.Refused();
            }
            PinGuard.Checked checked = pins.check(device.get(), e.nonce, proof);
            if (checked instanceof PinGuard.Checked.Right) {
                e.status = Status.APPROVED;
                return new Answered.Approved();
            }
            if (checked instanceof PinGuard.Checked.Locked locked) {
                e.status = Status.LOCKED;
                e.lockedUntil = locked.until();
                return new Answered.Locked(locked.until());
            }
            return new Answered.WrongPin(((PinGuard.Checked.Wrong) checked).triesLeft());
        }
    }

    /** Forgets every request of the account's devices (the panic button). */
    public void forget(long accountId) {
        requests.values().removeIf(e -> e.accountId == accountId);
        changes.changed();
    }

    private Status current(Entry e) {
        return e.status == Status.PENDING && !clock.instant().isBefore(e.expiresAt) ? Status.EXPIRED : e.status;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
