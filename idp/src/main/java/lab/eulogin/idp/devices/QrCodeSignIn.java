package lab.eulogin.idp.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * "Mobile App + QR code" (FAQ APP-08): the PC shows a QR code holding a fresh challenge; the app,
 * online or not, asks for the PIN (or the fingerprint) and shows the one-time code it derives from
 * its secret, the challenge and the PIN (see {@link DeviceCrypto#oneTimeCode}). The code is typed on
 * the PC; a challenge is good for one sign-in, a few tries and a few minutes.
 *
 * <p>A wrong code cannot be told from a wrong PIN, so it counts as one on each device that could
 * have made it: without that, new challenges would give a guesser endless tries. Wrong codes and
 * wrong PINs by push share the device's count and its lock ({@link PinGuard}).
 */
public final class QrCodeSignIn {
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofMinutes(10);

    /** @param qrText what the QR code on the page holds */
    public record Challenge(String challenge, String qrText, Instant expiresAt) {
    }

    public sealed interface Verified {
        record Accepted(MobileDevice device) implements Verified { }

        record Wrong(int triesLeft) implements Verified { }

        record Expired() implements Verified { }

        /** No challenge is waiting for this account, or its tries are used up: show a new one. */
        record NoneWaiting() implements Verified { }

        /** Every device of the account is locked after too many wrong PINs or codes. */
        record Locked(Instant until) implements Verified { }
    }

    private static final class Entry {
        final long accountId;
        final Instant expiresAt;
        int triesLeft;
        boolean used;

        Entry(long accountId, Instant expiresAt, int triesLeft) {
            this.accountId = accountId;
            this.expiresAt = expiresAt;
            this.triesLeft = triesLeft;
        }
    }

    private final Map<String, Entry> challenges = new ConcurrentHashMap<>();
    private final DeviceRepository devices;
    private final DevicePolicy policy;
    private final Clock clock;

    public QrCodeSignIn(DeviceRepository devices, DevicePolicy policy, Clock clock) {
        this.devices = devices;
        this.policy = policy;
        this.clock = clock;
    }

    public Challenge challenge(long accountId) {
        Instant now = clock.instant();
        challenges.values().removeIf(e -> e.expiresAt.plus(KEPT_AFTER_EXPIRY).isBefore(now));
        String challenge = DeviceCrypto.randomToken(12);
        Instant expires = now.plus(policy.qrChallengeValidity());
        challenges.put(challenge, new Entry(accountId, expires, policy.maxQrCodeTries()));
        return new Challenge(challenge, qrText(challenge), expires);
    }

    /** What the QR code of a challenge holds. */
    public static String qrText(String challenge) {
        return "eulogin:otp?challenge=" + challenge;
    }

    /** Checks a typed code against each of the account's devices that is not locked; spaces do not matter. */
    public Verified verify(long accountId, String challenge, String typed) {
        Entry entry = challenge == null ? null : challenges.get(challenge);
        if (entry == null || entry.accountId != accountId) {
            return new Verified.NoneWaiting();
        }
        synchronized (entry) {
            if (entry.used || entry.triesLeft <= 0) {
                return new Verified.NoneWaiting();
            }
            Instant now = clock.instant();
            if (!now.isBefore(entry.expiresAt)) {
                return new Verified.Expired();
            }
            String code = typed == null ? "" : typed.replaceAll("\\s", "");
            List<MobileDevice> all = devices.of(accountId);
            List<MobileDevice> usable = all.stream().filter(d -> !d.lockedAt(now)).toList();
            if (usable.isEmpty()) {
                return locked(all, now, null);
            }
            Optional<MobileDevice> match = usable.stream()
                    .filter(d -> DeviceCrypto.same(DeviceCrypto.oneTimeCode(d.otpSecret(), challenge, d.pinKey()), code))
                    .findFirst();
            if (match.isPresent()) {
                entry.used = true;
                devices.rightPin(match.get().id(), now);
                return new Verified.Accepted(match.get());
            }
            Instant lockUntil = now.plus(policy.pinLockout());
            boolean allLocked = true;
            for (MobileDevice device : usable) {
                allLocked &= devices.wrongPin(device.id(), policy.maxPinTries(), lockUntil) >= policy.maxPinTries();
            }
            entry.triesLeft--;
            return allLocked ? locked(all, now, lockUntil) : new Verified.Wrong(entry.triesLeft);
        }
    }

    /** Every device is locked: until the first lock ends, among those from before and the one just set, if any. */
    private static Verified locked(List<MobileDevice> all, Instant now, Instant justLockedUntil) {
        return new Verified.Locked(Stream.concat(
                        all.stream().filter(d -> d.lockedAt(now)).map(MobileDevice::lockedUntil),
                        Stream.ofNullable(justLockedUntil))
                .min(Comparator.naturalOrder()).orElse(now));
    }

    /** Forgets the account's challenges (the panic button). */
    public void forget(long accountId) {
        challenges.values().removeIf(e -> e.accountId == accountId);
    }
}
