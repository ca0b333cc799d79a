package lab.eulogin.idp;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountAdmin;
import lab.eulogin.idp.accounts.AccountConfiguration;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.Authentication;
import lab.eulogin.idp.accounts.EmailChange;
import lab.eulogin.idp.accounts.MailComposer;
import lab.eulogin.idp.accounts.PasswordHasher;
import lab.eulogin.idp.accounts.Registration;
import lab.eulogin.idp.accounts.SecurityNotices;
import lab.eulogin.idp.captcha.RegistrationThrottle;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.devices.FcmPushSender;
import lab.eulogin.idp.devices.MobileApp;
import lab.eulogin.idp.lab.LabReset;
import lab.eulogin.idp.links.LinkService;
import lab.eulogin.idp.links.LinkUrls;
import lab.eulogin.idp.mail.Outbox;
import lab.eulogin.idp.mail.SmtpMailer;
import lab.eulogin.idp.oidc.OidcEndpoints;
import lab.eulogin.idp.oidc.SigningKeys;
import lab.eulogin.idp.passwords.PasswordChange;
import lab.eulogin.idp.passwords.PasswordLinks;
import lab.eulogin.idp.phones.DeliveryReceipts;
import lab.eulogin.idp.phones.PhoneRepository;
import lab.eulogin.idp.phones.SmsChallenges;
import lab.eulogin.idp.phones.SmsGateway;
import lab.eulogin.idp.phones.TwilioSmsGateway;
import lab.eulogin.idp.signin.AccountMethods;
import lab.eulogin.idp.protocol.CasEndpoints;
import lab.eulogin.idp.reports.ProblemReports;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.SessionStore;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.support.AccountDiagnosis;
import lab.eulogin.idp.support.HelpdeskActions;
import lab.eulogin.idp.support.StaffSessions;
import lab.eulogin.idp.support.SupportAudit;
import lab.eulogin.idp.support.SupportDesk;
import lab.eulogin.idp.support.SupportPolicy;
import lab.eulogin.idp.support.SupportStaff;
import lab.eulogin.idp.http.MailedLinks;
import lab.eulogin.idp.web.MobileAppSignIn;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Templates;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.webauthn.SecurityKeyRepository;
import lab.eulogin.idp.webauthn.SecurityKeys;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** The EU Login stand-in: pages, CAS protocol, accounts and second factors. The composition root. */
public final class IdpServer implements AutoCloseable {
    private static final int MAX_REQUEST_BYTES = 1 << 20;
    /** How often queued mail is looked at; each mail's own pause runs on the lab clock. */
    private static final Duration OUTBOX_CHECK = Duration.ofSeconds(1);

    private final Undertow undertow;
    private final Database database;
    private final AccountAdmin accountAdmin;
    private final MobileApp mobileApp;
    private final Outbox outbox;
    private final SupportStaff supportStaff;
    private final SecurityKeys securityKeys;
    private final OidcEndpoints oidc;
    private final int port;
    private final String publicUrl;

    private IdpServer(Undertow undertow, Database database, AccountAdmin accountAdmin, MobileApp mobileApp,
                      Outbox outbox, SupportStaff supportStaff, SecurityKeys securityKeys, OidcEndpoints oidc,
                      IdpConfig config) {
        this.supportStaff = supportStaff;
        this.securityKeys = securityKeys;
        this.oidc = oidc;
        this.undertow = undertow;
        this.mobileApp = mobileApp;
        this.outbox = outbox;
        this.database = database;
        this.accountAdmin = accountAdmin;
        this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
        this.publicUrl = config.publicUrl(port);
    }

    public static IdpServer start(IdpConfig config, LabClock clock) {
        return start(config, clock, Database.open(config.jdbcUrl()));
    }

    /**
     * On the store of {@code config.jdbcUrl()}, opened beforehand with {@link Database#open} so
     * that a caller can open it beside other work (the lab, while its emulators start). Closing the
     * IdP closes it, and so does a failed start.
     */
    public static IdpServer start(IdpConfig config, LabClock clock, Database database) {
        return start(config, clock, new PasswordHasher(config.pbkdf2Iterations()), database);
    }

    /** With another password hash than the configured PBKDF2, to measure what it costs. */
    public static IdpServer start(IdpConfig config, LabClock clock, PasswordHasher hasher) {
        return start(config, clock, hasher, Database.open(config.jdbcUrl()));
    }

    private static IdpServer start(IdpConfig config, LabClock clock, PasswordHasher hasher, Database database) {
        try {
            AtomicReference<String> base = new AtomicReference<>();
            LinkUrls urls = new MailedLinks(base::get);

            AccountRepository accounts = new AccountRepository(database, clock);
            LinkService links = new LinkService(database, clock, config.linkValidity());
            Outbox mailer = new Outbox(database, new SmtpMailer(config.smtpHost(), config.smtpPort(), config.mailFrom(),
                    clock), clock, OUTBOX_CHECK);
            MailComposer composer = new MailComposer();
            SecurityNotices notices = new SecurityNotices(accounts, mailer, composer, clock);
            IdpConfig.SmsSender sender = config.smsSender();
            SmsGateway smsGateway = new TwilioSmsGateway(config.smsGatewayUrl(), sender.accountSid(), sender.authToken(),
                    sender.from(), config.smsPolicy().gatewayTimeout());
            Templates templates = new Templates();
            Authentication authentication = new Authentication(accounts, hasher, config.accountPolicy(), clock);
            SessionStore<BrowserSession> browserSessions = SessionStore.forBrowsers(clock, config.sessionIdleTimeout());
            Web web = new Web(templates, browserSessions,
                    config.publicUrl(config.port()).startsWith("https:"), config.labMode());
            MobileApp mobileApp = MobileApp.create(database, config.devicePolicy(),
                    new FcmPushSender(config.devicePolicy().pushUrl(), config.devicePolicy().pushTimeout()), clock,
                    base::get, id -> accounts.findById(id).map(Account::email).orElse(""), notices);
            PhoneRepository phones = new PhoneRepository(database);
            DeliveryReceipts receipts = new DeliveryReceipts(sender.authToken(),
                    id -> base.get() + Paths.smsReceipt(id));
            SmsChallenges smsChallenges = new SmsChallenges(database, clock, smsGateway, config.smsPolicy(), receipts::url);
            SecurityKeys securityKeys = new SecurityKeys(new SecurityKeyRepository(database), base::get, clock, notices);
            AccountMethods methods = AccountMethods.registered(phones, mobileApp.devices(), securityKeys.keys());
            CasEndpoints cas = new CasEndpoints(web, accounts, methods,
                    clock, config.casPolicy());
            OidcEndpoints oidc = new OidcEndpoints(web, cas, accounts, database, clock, config.oidcPolicy(), base::get);
            MobileAppSignIn mobileAppSignIn = new MobileAppSignIn(web, mobileApp, cas.flow());

            AccountAdmin admin = new AccountAdmin(accounts, hasher, config.accountPolicy(), clock);
            ProblemReports reports = new ProblemReports(database, accounts, cas.registry(), clock);
            SupportPolicy supportPolicy = SupportPolicy.defaults();
            SupportStaff staff = new SupportStaff(database, hasher, supportPolicy, clock);
            SupportDesk support = new SupportDesk(reports, staff,
                    new StaffSessions(clock, supportPolicy.sessionIdle()),
                    new SupportAudit(database, clock),
                    new AccountDiagnosis(accounts, config.accountPolicy(), phones, mobileApp.devices(), methods, links,
                            smsChallenges, mailer, reports, cas.registry(), clock),
                    new HelpdeskActions(accounts, links, urls, mailer, composer, clock));
            RegistrationThrottle throttle = new RegistrationThrottle(clock, config.accountPolicy().captchaThreshold(),
                    config.accountPolicy().captchaWindow());
            LabReset reset = new LabReset(database, clock)
                    .alsoForget(browserSessions::clear)
                    .alsoForget(cas::forgetSessions)
                    .alsoForget(oidc::forgetGrants)
                    .alsoForget(throttle::forget)
                    .alsoForget(smsChallenges::forgetCounts);
            Undertow undertow = Undertow.builder()
                    .addHttpListener(config.port(), config.host())
                    .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) MAX_REQUEST_BYTES)
                    .setHandler(IdpRoutes.build(web, templates, config.labMode(), clock, accounts, authentication,
                            new Registration(accounts, links, urls, mailer, composer),
                            new PasswordLinks(accounts, links, urls, hasher, mailer, composer, clock, notices),
                            new PasswordChange(accounts, hasher, notices),
                            new EmailChange(accounts, authentication, links, urls, mailer, composer),
                            throttle, phones, smsChallenges, mobileApp, mobileAppSignIn, cas, methods, oidc, admin, support,
                            receipts, securityKeys, reset, mailer, config.publicUrl(config.port()).startsWith("https:"),
                            notices, new AccountConfiguration(accounts, methods::hasSecondFactor)))
                    .build();
            undertow.start();
            IdpServer server = new IdpServer(undertow, database, admin, mobileApp, mailer, staff, securityKeys, oidc,
                    config);
            base.set(server.baseUrl());
            return server;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return port;
    }

    /** The address browsers use to reach the IdP, also the one written into e-mailed links. */
    public String baseUrl() {
        return publicUrl;
    }

    /** What was sent to whom and what failed, for support staff; never a mail's body. */
    public Outbox outbox() {
        return outbox;
    }

    /** For the lab's demo data and, later, the support console. */
    public AccountAdmin accountAdmin() {
        return accountAdmin;
    }

    /** The support console's staff accounts, made by configuration: the demo's seed, a deployment's setup. */
    public SupportStaff supportStaff() {
        return supportStaff;
    }

    /** The OpenID Connect provider's signing keys: the operator's rotation (see the README). */
    public SigningKeys oidcSigningKeys() {
        return oidc.keys();
    }

    /** The mobile app's devices, enrolments, push approvals and QR-code sign-in. */
    public MobileApp mobileApp() {
        return mobileApp;
    }

    /** The security keys and trusted platforms of the accounts (FAQ APP-09). */
    public SecurityKeys securityKeys() {
        return securityKeys;
    }

    @Override
    public void close() {
        // Undertow's stop waits for its workers' requests, a page's wait for the app among them.
        mobileApp.stopWaiting();
        undertow.stop();
        outbox.close();
        database.close();
    }
}
