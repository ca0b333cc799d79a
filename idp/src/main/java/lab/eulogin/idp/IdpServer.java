package lab.eulogin.idp;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountAdmin;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.Authentication;
import lab.eulogin.idp.accounts.EmailChange;
import lab.eulogin.idp.accounts.PasswordHasher;
import lab.eulogin.idp.accounts.Registration;
import lab.eulogin.idp.captcha.RegistrationThrottle;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.devices.FcmPushSender;
import lab.eulogin.idp.devices.MobileApp;
import lab.eulogin.idp.links.LinkService;
import lab.eulogin.idp.links.LinkUrls;
import lab.eulogin.idp.mail.MailComposer;
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
import lab.eulogin.idp.protocol.AccountMethods;
import lab.eulogin.idp.protocol.CasEndpoints;
import lab.eulogin.idp.reports.ProblemReports;
import lab.eulogin.idp.sessions.SessionStore;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.support.AccountDiagnosis;
import lab.eulogin.idp.support.HelpdeskActions;
import lab.eulogin.idp.support.StaffSessions;
import lab.eulogin.idp.support.SupportAudit;
import lab.eulogin.idp.support.SupportDesk;
import lab.eulogin.idp.support.SupportPolicy;
import lab.eulogin.idp.support.SupportStaff;
import lab.eulogin.idp.web.IdpRoutes;
import lab.eulogin.idp.web.MailedLinks;
import lab.eulogin.idp.web.MobileAppSignIn;
import lab.eulogin.idp.web.Paths;
import lab.eulogin.idp.web.Templates;
import lab.eulogin.idp.web.Web;

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
    private final OidcEndpoints oidc;
    private final int port;
    private final String publicUrl;

    private IdpServer(Undertow undertow, Database database, AccountAdmin accountAdmin, MobileApp mobileApp,
                      Outbox outbox, SupportStaff supportStaff, OidcEndpoints oidc, IdpConfig config) {
        this.supportStaff = supportStaff;
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
        return start(config, clock, new PasswordHasher(config.pbkdf2Iterations()));
    }

    /** With another password hash than the configured PBKDF2, to measure what it costs. */
    public static IdpServer start(IdpConfig config, LabClock clock, PasswordHasher hasher) {
        Database database = Database.open(config.jdbcUrl());
        try {
            AtomicReference<String> base = new AtomicReference<>();
            LinkUrls urls = new MailedLinks(base::get);

            AccountRepository accounts = new AccountRepository(database, clock);
            LinkService links = new LinkService(database, clock, config.linkValidity());
            Outbox mailer = new Outbox(database, new SmtpMailer(config.smtpHost(), config.smtpPort(), config.mailFrom(),
                    clock), clock, OUTBOX_CHECK);
            MailComposer composer = new MailComposer();
            IdpConfig.SmsSender sender = config.smsSender();
            SmsGateway smsGateway = new TwilioSmsGateway(config.smsGatewayUrl(), sender.accountSid(), sender.authToken(),
                    sender.from(), config.smsPolicy().gatewayTimeout());
            Templates templates = new Templates();
            Authentication authentication = new Authentication(accounts, hasher, config.accountPolicy(), clock);
            Web web = new Web(templates, SessionStore.forBrowsers(clock, config.sessionIdleTimeout()),
                    config.publicUrl(config.port()).startsWith("https:"), config.labMode());
            MobileApp mobileApp = MobileApp.create(database, config.devicePolicy(),
                    new FcmPushSender(config.devicePolicy().pushUrl(), config.devicePolicy().pushTimeout()), clock,
                    base::get, id -> accounts.findById(id).map(Account::email).orElse(""));
            PhoneRepository phones = new PhoneRepository(database);
            DeliveryReceipts receipts = new DeliveryReceipts(sender.authToken(),
                    id -> base.get() + Paths.smsReceipt(id));
            SmsChallenges smsChallenges = new SmsChallenges(database, clock, smsGateway, config.smsPolicy(), receipts::url);
            CasEndpoints cas = new CasEndpoints(web, accounts, AccountMethods.registered(phones, mobileApp.devices()),
                    clock, config.casPolicy());
            OidcEndpoints oidc = new OidcEndpoints(web, cas, accounts, database, clock, config.oidcPolicy(), base::get);
            MobileAppSignIn mobileAppSignIn = new MobileAppSignIn(web, mobileApp,
                    MobileAppSignIn.completingSignIn(web, cas.flow()));

            AccountAdmin admin = new AccountAdmin(accounts, hasher, config.accountPolicy(), clock);
            ProblemReports reports = new ProblemReports(database, accounts, cas.registry(), clock);
            SupportPolicy supportPolicy = SupportPolicy.defaults();
            SupportStaff staff = new SupportStaff(database, hasher, supportPolicy, clock);
            SupportDesk support = new SupportDesk(reports, staff,
                    new StaffSessions(clock, supportPolicy.sessionIdle()),
                    new SupportAudit(database, clock),
                    new AccountDiagnosis(accounts, config.accountPolicy(), phones, mobileApp.devices(), links,
                            smsChallenges, mailer, reports, cas.registry(), clock),
                    new HelpdeskActions(accounts, links, urls, mailer, composer, clock));
            Undertow undertow = Undertow.builder()
                    .addHttpListener(config.port(), config.host())
                    .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) MAX_REQUEST_BYTES)
                    .setHandler(IdpRoutes.build(web, templates, config.labMode(), clock, accounts, authentication,
                            new Registration(accounts, links, urls, mailer, composer),
                            new PasswordLinks(accounts, links, urls, hasher, mailer, composer, clock),
                            new PasswordChange(accounts, hasher),
                            new EmailChange(accounts, authentication, links, urls, mailer, composer),
                            new RegistrationThrottle(clock, config.accountPolicy().captchaThreshold(),
                                    config.accountPolicy().captchaWindow()),
                            phones, smsChallenges, mobileApp, mobileAppSignIn, cas, oidc, admin, support, receipts,
                            config.publicUrl(config.port()).startsWith("https:")))
                    .build();
            undertow.start();
            IdpServer server = new IdpServer(undertow, database, admin, mobileApp, mailer, staff, oidc, config);
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

    @Override
    public void close() {
        undertow.stop();
        outbox.close();
        database.close();
    }
}
