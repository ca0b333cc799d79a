package lab.eulogin.idp;

import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import lab.eulogin.idp.accounts.AccountAdmin;
import lab.eulogin.idp.accounts.AccountConfiguration;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.Authentication;
import lab.eulogin.idp.accounts.EmailChange;
import lab.eulogin.idp.accounts.Registration;
import lab.eulogin.idp.accounts.SecurityNotices;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.devices.MobileApp;
import lab.eulogin.idp.captcha.CaptchaDesk;
import lab.eulogin.idp.captcha.RegistrationThrottle;
import lab.eulogin.idp.http.ErrorPages;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.SecurityHeaders;
import lab.eulogin.idp.http.Templates;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.http.WorkerAnswers;
import lab.eulogin.idp.lab.LabAccountsHandler;
import lab.eulogin.idp.lab.LabCaptchaHandler;
import lab.eulogin.idp.lab.LabProblemReportsHandler;
import lab.eulogin.idp.lab.LabClockHandler;
import lab.eulogin.idp.lab.LabModeGuard;
import lab.eulogin.idp.lab.LabReset;
import lab.eulogin.idp.lab.LabResetHandler;
import lab.eulogin.idp.lab.LabSupportStaffHandler;
import lab.eulogin.idp.mail.Outbox;
import lab.eulogin.idp.phones.DeliveryReceipts;
import lab.eulogin.idp.support.SupportDesk;
import lab.eulogin.idp.passwords.PasswordChange;
import lab.eulogin.idp.phones.PhoneRepository;
import lab.eulogin.idp.phones.SmsChallenges;
import lab.eulogin.idp.oidc.OidcEndpoints;
import lab.eulogin.idp.protocol.CasEndpoints;
import lab.eulogin.idp.signin.AccountMethods;
import lab.eulogin.idp.signin.OtherSignIns;
import lab.eulogin.idp.passwords.PasswordLinks;
import lab.eulogin.idp.web.AccountDetailsHandler;
import lab.eulogin.idp.web.ChangeEmailHandler;
import lab.eulogin.idp.web.ChangePasswordHandler;
import lab.eulogin.idp.web.ConfigureAccountHandler;
import lab.eulogin.idp.web.DeviceEnrolmentHandler;
import lab.eulogin.idp.web.HelpHandler;
import lab.eulogin.idp.web.IdentityRequestHandler;
import lab.eulogin.idp.web.LoginHandler;
import lab.eulogin.idp.web.MobileAppApiHandler;
import lab.eulogin.idp.web.MobileAppSignIn;
import lab.eulogin.idp.web.MobileDevicesHandler;
import lab.eulogin.idp.web.MobilePhonesHandler;
import lab.eulogin.idp.web.MyAccountHandler;
import lab.eulogin.idp.web.NewPasswordHandler;
import lab.eulogin.idp.web.PanicHandler;
import lab.eulogin.idp.web.PasswordExpiredHandler;
import lab.eulogin.idp.web.PasswordResetRequestHandler;
import lab.eulogin.idp.web.ProblemReportHandler;
import lab.eulogin.idp.web.RegisterHandler;
import lab.eulogin.idp.web.SecurityKeySignIn;
import lab.eulogin.idp.web.SecurityKeysHandler;
import lab.eulogin.idp.web.SmsReceiptHandler;
import lab.eulogin.idp.web.SmsSignInHandler;
import lab.eulogin.idp.web.SupportAuditHandler;
import lab.eulogin.idp.web.SupportConsoleHandler;
import lab.eulogin.idp.web.SupportReportsHandler;
import lab.eulogin.idp.web.SupportSignInHandler;
import lab.eulogin.idp.web.SupportWeb;
import lab.eulogin.idp.webauthn.SecurityKeys;

/** The IdP's table of contents: every path, the handler behind it, and the layers around them all. */
public final class IdpRoutes {
    private IdpRoutes() {
    }

    private static final int STATIC_CACHE_SECONDS = 3600;

    public static HttpHandler build(Web web, Templates templates, boolean labMode, LabClock clock,
                                    AccountRepository accounts, Authentication authentication,
                                    Registration registration, PasswordLinks passwords,
                                    PasswordChange passwordChange, EmailChange emailChange,
                                    RegistrationThrottle throttle, PhoneRepository phones,
                                    SmsChallenges smsChallenges, MobileApp mobileApp,
                                    MobileAppSignIn mobileAppSignIn,
                                    CasEndpoints cas, AccountMethods methods, OidcEndpoints oidc, AccountAdmin admin,
                                    SupportDesk support,
                                    DeliveryReceipts receipts, SecurityKeys securityKeys, LabReset labReset,
                                    Outbox outbox, boolean secureCookies, SecurityNotices notices,
                                    AccountConfiguration configuration) {
        CaptchaDesk captchas = new CaptchaDesk();
        OtherSignIns otherSignIns = new OtherSignIns(web, cas.flow(), oidc::revokeTokensOf);
        SmsSignInHandler smsSignIn = new SmsSignInHandler(web, accounts, phones, smsChallenges, cas.flow());
        SecurityKeySignIn keySignIn = new SecurityKeySignIn(web, accounts, securityKeys, cas.flow());
        LoginHandler login = new LoginHandler(web, authentication, accounts, cas.flow(), smsSignIn, mobileAppSignIn,
                keySignIn);
        PasswordExpiredHandler passwordExpired = new PasswordExpiredHandler(web, accounts, passwordChange, cas.flow(),
                otherSignIns);
        MyAccountHandler myAccount = new MyAccountHandler(web, accounts);
        AccountDetailsHandler accountDetails = new AccountDetailsHandler(web, accounts, methods);
        ConfigureAccountHandler configureAccount = new ConfigureAccountHandler(web, accounts, configuration);
        IdentityRequestHandler identityRequest = new IdentityRequestHandler(web, cas.flow());
        ChangePasswordHandler changePassword = new ChangePasswordHandler(web, accounts, passwordChange, otherSignIns);
        ChangeEmailHandler changeEmail = new ChangeEmailHandler(web, accounts, emailChange);
        MobilePhonesHandler mobilePhones = new MobilePhonesHandler(web, accounts, phones, smsChallenges, clock, notices);
        MobileDevicesHandler mobileDevices = new MobileDevicesHandler(web, mobileApp, clock);
        DeviceEnrolmentHandler enrolment = new DeviceEnrolmentHandler(web, mobileApp.enrolments());
        SecurityKeysHandler keys = new SecurityKeysHandler(web, accounts, securityKeys);
        PanicHandler panic = new PanicHandler(web, mobileApp, securityKeys.keys(), phones, otherSignIns, notices);
        MobileAppApiHandler appApi = new MobileAppApiHandler(mobileApp);
        LabAccountsHandler labAccounts = new LabAccountsHandler(admin, configuration, phones, mobileApp.enrolments(),
                securityKeys, clock);
        LabCaptchaHandler labCaptcha = new LabCaptchaHandler(captchas);
        LabProblemReportsHandler labReports = new LabProblemReportsHandler(support.reports(), accounts);
        RegisterHandler register = new RegisterHandler(web, registration, throttle, captchas);
        NewPasswordHandler newPassword = new NewPasswordHandler(web, passwords, cas.registry(), otherSignIns);
        PasswordResetRequestHandler reset = new PasswordResetRequestHandler(web, passwords, captchas);
        HelpHandler help = new HelpHandler(web);
        LabClockHandler labClock = new LabClockHandler(clock, outbox::retryDue);
        ProblemReportHandler problemReport = new ProblemReportHandler(web, accounts, smsChallenges, support.reports(), clock);
        SmsReceiptHandler smsReceipts = new SmsReceiptHandler(smsChallenges, receipts);
        SupportWeb supportWeb = new SupportWeb(templates, support.sessions(), support.staff(), web, secureCookies);
        SupportSignInHandler supportSignIn = new SupportSignInHandler(supportWeb, support.staff(), support.audit(), web);
        SupportConsoleHandler console = new SupportConsoleHandler(supportWeb, web, support.diagnosis(), support.actions(),
                support.audit());
        SupportReportsHandler supportReports = new SupportReportsHandler(supportWeb, web, support.reports(), accounts,
                support.audit());
        SupportAuditHandler supportAudit = new SupportAuditHandler(supportWeb, web, support.audit());
        LabSupportStaffHandler labStaff = new LabSupportStaffHandler(support.staff());
        LabResetHandler resetLab = new LabResetHandler(labReset.alsoForget(problemReport::forgetCounts));

        RoutingHandler routes = new RoutingHandler()
                .get("/", exchange -> Web.redirect(exchange, Paths.LOGIN))
                .get(Paths.LOGIN, login::get)
                .post(Paths.LOGIN, login::post)
                .get(Paths.LOGOUT, cas.logout()::get)
                .get(Paths.SERVICE_VALIDATE, cas.serviceValidate()::get)
                .get(Paths.PROXY_VALIDATE, cas.serviceValidate()::get)
                .get(Paths.LAX_VALIDATE, cas.laxValidate()::get)
                .get(Paths.P3_SERVICE_VALIDATE, cas.p3ServiceValidate()::get)
                .get(Paths.OIDC_DISCOVERY, oidc.discovery())
                .get(Paths.OIDC_JWKS, oidc.jwks())
                .get(Paths.OIDC_AUTHORIZE, oidc.authorize())
                .post(Paths.OIDC_TOKEN, oidc.token())
                .post(Paths.OIDC_INTROSPECT, oidc.introspect())
                .get(Paths.OIDC_USERINFO, oidc.userInfo())
                .post(Paths.OIDC_USERINFO, oidc.userInfo())
                .get(Paths.OIDC_LOGOUT, oidc.logout())
                .post(Paths.OIDC_LOGOUT_CONFIRM, oidc.confirmLogout())
                .get(Paths.REGISTER, register::get)
                .post(Paths.REGISTER, register::post)
                .get(Paths.NEW_PASSWORD, newPassword::get)
                .post(Paths.NEW_PASSWORD, newPassword::post)
                .get(Paths.PASSWORD_RESET_REQUEST, reset::get)
                .post(Paths.PASSWORD_RESET_REQUEST, reset::post)
                .get(Paths.PASSWORD_EXPIRED, passwordExpired::get)
                .post(Paths.PASSWORD_EXPIRED, passwordExpired::post)
                .get(Paths.MY_ACCOUNT, myAccount::get)
                .get(Paths.ACCOUNT_DETAILS, accountDetails::get)
                .post(Paths.ACCOUNT_DETAILS, accountDetails::proceed)
                .get(Paths.CONFIGURE_ACCOUNT, configureAccount::get)
                .post(Paths.CONFIGURE_ACCOUNT, configureAccount::post)
                .get(Paths.CHANGE_PASSWORD, changePassword::get)
                .post(Paths.CHANGE_PASSWORD, changePassword::post)
                .get(Paths.CHANGE_EMAIL, changeEmail::get)
                .post(Paths.CHANGE_EMAIL, changeEmail::post)
                .get(Paths.CONFIRM_EMAIL, changeEmail::confirm)
                .get(Paths.MOBILE_PHONES, mobilePhones::list)
                .get(Paths.DELETE_MOBILE_PHONE, mobilePhones::deleteForm)
                .post(Paths.DELETE_MOBILE_PHONE, mobilePhones::delete)
                .get(Paths.ADD_MOBILE_PHONE, mobilePhones::addForm)
                .post(Paths.ADD_MOBILE_PHONE, mobilePhones::add)
                .get(Paths.MOBILE_DEVICES, mobileDevices::list)
                .post(Paths.MOBILE_DEVICES, mobileDevices::delete)
                .get(Paths.ADD_MOBILE_DEVICE, mobileDevices::addForm)
                .post(Paths.ADD_MOBILE_DEVICE, mobileDevices::add)
                .get(Paths.MOBILE_ENROLMENT, enrolment::page)
                .get(Paths.MOBILE_ENROLMENT_STATUS, enrolment::status)
                .get(Paths.MOBILE_ENROLMENT_CONTINUE, enrolment::proceed)
                .get(Paths.SECURITY_KEYS, keys::list)
                .post(Paths.SECURITY_KEYS, keys::delete)
                .get(Paths.ADD_SECURITY_KEY, keys::addForm)
                .post(Paths.ADD_SECURITY_KEY, keys::add)
                .post(Paths.REGISTER_SECURITY_KEY, keys::register)
                .get(Paths.MOBILE_PANIC, panic::confirm)
                .post(Paths.MOBILE_PANIC, panic::deleteAll)
                .post(Paths.APP_API_ENROL, appApi::enrol)
                .get(Paths.APP_API_REQUEST, appApi::request)
                .post(Paths.APP_API_REQUEST, appApi::answer)
                .post(Paths.APP_API_UNLINK, appApi::unlink)
                .get(Paths.LOGIN_IDENTITY_REQUEST, identityRequest::get)
                .post(Paths.LOGIN_IDENTITY_REQUEST, identityRequest::post)
                .get(Paths.LOGIN_SMS, smsSignIn::get)
                .post(Paths.LOGIN_SMS, smsSignIn::post)
                .get(Paths.LOGIN_MOBILE_APP, mobileAppSignIn::waiting)
                .post(Paths.LOGIN_MOBILE_APP, mobileAppSignIn::again)
                .get(Paths.LOGIN_MOBILE_APP_STATUS, mobileAppSignIn::status)
                .get(Paths.LOGIN_MOBILE_APP_CONTINUE, mobileAppSignIn::proceed)
                .get(Paths.LOGIN_MOBILE_QR, mobileAppSignIn::qrPage)
                .post(Paths.LOGIN_MOBILE_QR, mobileAppSignIn::qrSubmit)
                .get(Paths.LOGIN_SECURITY_KEY, keySignIn::get)
                .post(Paths.LOGIN_SECURITY_KEY, keySignIn::post)
                .get(Paths.HELP, help::get)
                .get(Paths.REPORT_PROBLEM, problemReport::form)
                .post(Paths.REPORT_PROBLEM, problemReport::submit)
                .get(Paths.PROBLEM_REPORTED, problemReport::reported)
                .post(Paths.SMS_RECEIPT, smsReceipts::post)
                .get(Paths.SUPPORT, console::home)
                .post(Paths.SUPPORT, console::lookUp)
                .get(Paths.SUPPORT_LOGIN, supportSignIn::form)
                .post(Paths.SUPPORT_LOGIN, supportSignIn::signIn)
                .post(Paths.SUPPORT_LOGOUT, supportSignIn::signOut)
                .get(Paths.SUPPORT_ACCOUNT, console::account)
                .post(Paths.SUPPORT_UNLOCK, console::unlock)
                .post(Paths.SUPPORT_SEND_LINK, console::sendInitialisationLink)
                .get(Paths.SUPPORT_REPORT, supportReports::report)
                .get(Paths.SUPPORT_REPORT_SCREENSHOT, supportReports::screenshot)
                .post(Paths.SUPPORT_REPORT_RESOLVE, supportReports::resolve)
                .get(Paths.SUPPORT_AUDIT, supportAudit::get)
                .get(Paths.LAB_CLOCK, new LabModeGuard(labMode, labClock::get))
                .post(Paths.LAB_CLOCK, new LabModeGuard(labMode, labClock::post))
                .post(Paths.LAB_ACCOUNTS, new LabModeGuard(labMode, labAccounts::create))
                .post(Paths.LAB_UNLOCK, new LabModeGuard(labMode, labAccounts::unlock))
                .post(Paths.LAB_DEVICES, new LabModeGuard(labMode, labAccounts::startDeviceEnrolment))
                .post(Paths.LAB_SECURITY_KEYS, new LabModeGuard(labMode, labAccounts::registerSecurityKey))
                .post(Paths.LAB_ACCOUNT_SETTINGS, new LabModeGuard(labMode, labAccounts::configure))
                .get(Paths.LAB_CAPTCHA, new LabModeGuard(labMode, labCaptcha::get))
                .get(Paths.LAB_PROBLEM_REPORTS, new LabModeGuard(labMode, labReports::get))
                .post(Paths.LAB_SUPPORT_STAFF, new LabModeGuard(labMode, labStaff::create))
                .post(Paths.LAB_RESET, new LabModeGuard(labMode, resetLab::post))
                .setFallbackHandler(exchange -> ErrorPages.notFound(exchange, web))
                .setInvalidMethodHandler(exchange -> ErrorPages.methodNotAllowed(exchange, web));

        // The style sheet and script hold nothing personal: browsers keep them for an hour instead
        // of fetching them again with every page (pages themselves are never stored).
        HttpHandler withStatic = Handlers.path(routes).addPrefixPath(Paths.STATIC,
                new ResourceHandler(new ClassPathResourceManager(IdpRoutes.class.getClassLoader(), "lab/eulogin/idp/static"))
                        .setCacheTime(STATIC_CACHE_SECONDS));
        return new WorkerAnswers(new ErrorPages(new SecurityHeaders(withStatic), templates));
    }
}
