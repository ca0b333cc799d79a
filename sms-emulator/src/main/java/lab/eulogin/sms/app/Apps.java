package lab.eulogin.sms.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lab.eulogin.sms.phones.Network;
import lab.eulogin.sms.phones.Phone;
import lab.eulogin.sms.phones.PhoneNumbers;

/**
 * The EU Login app on the phones that have it installed, and the push tokens that reach them. The
 * app is online only while its phone is reachable (on, with signal, out of airplane mode).
 */
public final class Apps {
    private final Network network;
    private final Clock clock;
    private final AppJournal journal;
    private final IdpLink idp = new IdpLink();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, EuLoginApp> byNumber = new ConcurrentHashMap<>();
    private final Map<String, EuLoginApp> byToken = new ConcurrentHashMap<>();

    /** @param journal where what each app keeps is written after each change to it */
    public Apps(Network network, Clock clock, AppJournal journal) {
        this.network = network;
        this.clock = clock;
        this.journal = journal;
    }

    /** The apps the store kept, before anything else happens (their phones restored already). */
    public synchronized void restore(List<AppRecord> kept) {
        for (AppRecord record : kept) {
            Phone phone = network.phone(record.number());
            add(EuLoginApp.restored(record, clock, idp, () -> phone.state().reachable(), network::changed, journal));
        }
    }

    /** Installs the app (creating the phone if needed); an installed app stays as it is. */
    public synchronized EuLoginApp install(String number) {
        Phone phone = network.phone(number);
        EuLoginApp existing = byNumber.get(phone.number());
        if (existing != null) {
            return existing;
        }
        byte[] token = new byte[24];
        random.nextBytes(token);
        EuLoginApp app = new EuLoginApp(phone.number(), "lab-" + Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                clock, idp, () -> phone.state().reachable(), network::changed, journal);
        journal.app(app.record());
        add(app);
        network.changed();
        return app;
    }

    private void add(EuLoginApp app) {
        byNumber.put(app.number(), app);
        byToken.put(app.pushToken(), app);
    }

    public synchronized boolean uninstall(String number) {
        EuLoginApp app = byNumber.remove(PhoneNumbers.normalise(number));
        if (app == null) {
            return false;
        }
        byToken.remove(app.pushToken());
        journal.appRemoved(PhoneNumbers.normalise(number));
        network.changed();
        return true;
    }

    /** No app on any phone (the lab's reset between tests). */
    public synchronized void clear() {
        byNumber.clear();
        byToken.clear();
        network.changed();
    }

    public Optional<EuLoginApp> find(String number) {
        return Optional.ofNullable(byNumber.get(PhoneNumbers.normalise(number)));
    }

    public Optional<EuLoginApp> byPushToken(String token) {
        return Optional.ofNullable(token == null ? null : byToken.get(token));
    }

    /** A phone became reachable: pushes held for its app arrive. */
    public void networkChanged(String number) {
        find(number).ifPresent(EuLoginApp::networkChanged);
    }
}
