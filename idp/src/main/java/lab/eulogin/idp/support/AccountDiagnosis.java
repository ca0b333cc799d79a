package lab.eulogin.idp.support;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountPolicy;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.devices.DeviceRepository;
import lab.eulogin.idp.devices.MobileDevice;
import lab.eulogin.idp.links.IssuedLink;
import lab.eulogin.idp.links.LinkService;
import lab.eulogin.idp.mail.Outbox;
import lab.eulogin.idp.phones.MobilePhone;
import lab.eulogin.idp.phones.PhoneRepository;
import lab.eulogin.idp.phones.SmsChallenges;
import lab.eulogin.idp.signin.AccountMethods;
import lab.eulogin.idp.reports.ProblemReports;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.Strength;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looks an account up for support staff and says why it cannot sign in (FAQ HELP-02): locked and
 * until when, never activated and whether its link expired, no second factor for the applications
 * that require one, an expired password, a device locked by wrong PINs, an SMS or e-mail that did
 * not arrive, an address the operator set or an old user name.
 */
public final class AccountDiagnosis {
    static final int RECENT = 10;

    private final AccountRepository accounts;
    private final AccountPolicy policy;
    private final PhoneRepository phones;
    private final DeviceRepository devices;
    private final AccountMethods methods;
    private final LinkService links;
    private final SmsChallenges sms;
    private final Outbox outbox;
    private final ProblemReports reports;
    private final ServiceRegistry registry;
    private final Clock clock;

    public AccountDiagnosis(AccountRepository accounts, AccountPolicy policy, PhoneRepository phones,
                            DeviceRepository devices, AccountMethods methods, LinkService links, SmsChallenges sms, Outbox outbox,
                            ProblemReports reports, ServiceRegistry registry, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.phones = phones;
        this.devices = devices;
        this.methods = methods;
        this.links = links;
        this.sms = sms;
        this.outbox = outbox;
        this.reports = reports;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * The account behind what support staff typed: its e-mail address, an address the operator set
     * later (SIGN-05), or its old ECAS user name (SIGN-04).
     */
    public Optional<Account> lookUp(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.contains("@")) {
            String address = EmailAddresses.normalise(value);
            return accounts.findByEmail(address).or(() -> accounts.findByOperatorEmail(address));
        }
        return accounts.findByLegacyUsername(value);
    }

    public Optional<Account> byUid(String uid) {
        return accounts.findByUid(uid);
    }

    public Diagnosis diagnose(Account account) {
        Instant now = clock.instant();
        List<MobilePhone> phoneList = phones.of(account.id());
        List<MobileDevice> deviceList = devices.of(account.id());
        Set<Strength> methods = this.methods.of(account.id());
        List<Diagnosis.Link> linkList = links.recent(account.id(), RECENT).stream()
                .map(l -> new Diagnosis.Link(l, l.stateAt(now))).toList();
        List<SmsChallenges.SentChallenge> smsList = sms.recent(account.id(), RECENT);
        List<Outbox.Entry> mails = new ArrayList<>(outbox.to(account.email()));
        Collections.reverse(mails);
        if (mails.size() > RECENT) {
            mails = mails.subList(0, RECENT);
        }
        List<String> refusedBy = refusedBy(methods, LocalDate.ofInstant(now, ZoneOffset.UTC));
        Instant expiresAt = passwordExpiresAt(account);
        boolean expired = account.activated() && policy.passwordExpired(account, now);

        List<Diagnosis.Reason> reasons = new ArrayList<>();
        if (account.lockedAt(now)) {
            reasons.add(Diagnosis.Reason.of("locked", "blocking", account.lockedUntil()));
        }
        if (!account.activated()) {
            reasons.add(notActivated(linkList));
        }
        if (expired) {
            reasons.add(Diagnosis.Reason.of("password-expired", "warning", expiresAt));
        }
        boolean secondFactor = !phoneList.isEmpty() || !deviceList.isEmpty();
        if (!secondFactor && !refusedBy.isEmpty()) {
            reasons.add(Diagnosis.Reason.of("no-second-factor", "warning", String.join(", ", refusedBy)));
        } else if (!refusedBy.isEmpty()) {
            reasons.add(Diagnosis.Reason.of("methods-refused", "warning", String.join(", ", refusedBy)));
        }
        deviceList.stream().filter(d -> d.lockedAt(now)).forEach(d ->
                reasons.add(Diagnosis.Reason.of("device-locked", "warning", d.name(), d.lockedUntil())));
        smsList.stream().findFirst()
                .filter(last -> "undelivered".equals(last.deliveryStatus()) || "failed".equals(last.deliveryStatus()))
                .ifPresent(last -> reasons.add(Diagnosis.Reason.of("sms-undelivered", "warning", last.numberShown(),
                        last.sentAt())));
        mails.stream().findFirst().filter(last -> last.failedAt() != null || (last.sentAt() == null && last.attempts() > 0))
                .ifPresent(last -> reasons.add(Diagnosis.Reason.of("mail-not-delivered", "warning", last.subject(),
                        last.createdAt())));
        if (account.operatorEmail() != null) {
            reasons.add(Diagnosis.Reason.of("operator-email", "info", account.operatorEmail()));
        }
        if (account.legacyUsername() != null) {
            reasons.add(Diagnosis.Reason.of("legacy-username", "info", account.legacyUsername()));
        }
        if (reasons.stream().noneMatch(r -> r.severity().equals("blocking"))) {
            reasons.add(0, Diagnosis.Reason.of("ok", "ok"));
        }
        return new Diagnosis(account, List.copyOf(reasons), account.lockedAt(now), account.activated(),
                account.passwordChangedAt(), expiresAt, expired,
                methods.stream().sorted().map(Strength::name).toList(), refusedBy, phoneList, deviceList, linkList,
                smsList, List.copyOf(mails), reports.about(account.id(), account.email(), RECENT));
    }

    private static Diagnosis.Reason notActivated(List<Diagnosis.Link> links) {
        Optional<Diagnosis.Link> last = links.stream().filter(l -> l.link().purpose().setsPassword()).findFirst();
        if (last.isEmpty()) {
            return Diagnosis.Reason.of("not-activated-no-link", "blocking");
        }
        IssuedLink link = last.get().link();
        return switch (last.get().state()) {
            case PENDING -> Diagnosis.Reason.of("not-activated-link-pending", "blocking", link.createdAt(), link.expiresAt());
            case EXPIRED -> Diagnosis.Reason.of("not-activated-link-expired", "blocking", link.createdAt(), link.expiresAt());
            case USED -> Diagnosis.Reason.of("not-activated-no-link", "blocking");
        };
    }

    /** The applications none of these methods signs in to today (SMS-07, SMS-08). */
    private List<String> refusedBy(Set<Strength> methods, LocalDate today) {
        List<String> names = new ArrayList<>();
        for (RegisteredService service : registry.all()) {
            if (service.methodsReaching(service.level(), today).stream().noneMatch(methods::contains)) {
                names.add(service.name());
            }
        }
        return names;
    }

    private Instant passwordExpiresAt(Account account) {
        Period maxAge = policy.passwordMaxAge().get(account.kind());
        if (maxAge == null || account.passwordChangedAt() == null) {
            return null;
        }
        return account.passwordChangedAt().atZone(ZoneOffset.UTC).plus(maxAge).toInstant();
    }
}
