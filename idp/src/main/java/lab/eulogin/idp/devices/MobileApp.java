package lab.eulogin.idp.devices;

import lab.eulogin.idp.accounts.SecurityNotices;
import lab.eulogin.idp.store.Database;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The EU Login mobile app as the IdP sees it, in one place for the composition root: the devices,
 * their enrolment, push approvals and QR-code sign-in.
 */
public record MobileApp(DeviceRepository devices, Enrolments enrolments, PushApprovals approvals,
                        QrCodeSignIn qrCodes) {

    /**
     * @param server       the IdP's public address, for the enrolment QR code
     * @param accountLabel an account's e-mail address by account id, as the app shows it
     * @param notices      tells an account's owner of a device added to it or unlinked from it
     */
    public static MobileApp create(Database db, DevicePolicy policy, PushSender push, Clock clock,
                                   Supplier<String> server, LongFunction<String> accountLabel, SecurityNotices notices) {
        DeviceRepository devices = new DeviceRepository(db);
        PinGuard pins = new PinGuard(devices, policy, clock);
        return new MobileApp(devices,
                new Enrolments(db, devices, policy, clock, server, accountLabel, notices),
                new PushApprovals(devices, pins, push, policy, clock, accountLabel),
                new QrCodeSignIn(devices, policy, clock));
    }

    /** Every PC page waiting for an app is answered at once, now and from now on: the server stops. */
    public void stopWaiting() {
        approvals.stopWaiting();
        enrolments.stopWaiting();
    }

    /** The device a push goes to when none is chosen: the one used last, else the one enrolled last. */
    public Optional<MobileDevice> defaultDevice(long accountId) {
        return devices.of(accountId).stream().max(Comparator
                .comparing((MobileDevice d) -> d.lastUsedAt() == null ? d.enrolledAt() : d.lastUsedAt())
                .thenComparing(MobileDevice::id));
    }

    /** "Delete all my devices and eID (PANIC)" (FAQ APP-06): nothing of the app is left to sign in with. */
    public int panic(long accountId) {
        approvals.forget(accountId);
        qrCodes.forget(accountId);
        return devices.deleteAll(accountId);
    }
}
