package lab.eulogin.idp.http;

/** Every path the IdP answers, EU Login's own where it has one (DESIGN.md, "Contracts"). */
public final class Paths {
    public static final String LOGIN = "/cas/login";
    public static final String LOGOUT = "/cas/logout";
    public static final String SERVICE_VALIDATE = "/cas/serviceValidate";
    public static final String PROXY_VALIDATE = "/cas/proxyValidate";
    public static final String LAX_VALIDATE = "/cas/laxValidate";
    public static final String P3_SERVICE_VALIDATE = "/cas/p3/serviceValidate";
    public static final String REGISTER = "/cas/eim/external/register.cgi";
    public static final String NEW_PASSWORD = "/cas/init/initialisePasswordLogin.cgi";
    public static final String PASSWORD_RESET_REQUEST = "/cas/init/passwordResetRequest.cgi";
    public static final String PASSWORD_EXPIRED = "/cas/init/passwordExpired.cgi";
    public static final String MY_ACCOUNT = "/cas/userdata/myAccount.cgi";
    public static final String CHANGE_PASSWORD = "/cas/userdata/changePassword.cgi";
    public static final String ACCOUNT_DETAILS = "/cas/userdata/accountDetails.cgi";
    public static final String CHANGE_EMAIL = "/cas/userdata/changeEmail.cgi";
    /** "Configure my account": the account's options. */
    public static final String CONFIGURE_ACCOUNT = "/cas/userdata/configureAccount.cgi";
    public static final String CONFIRM_EMAIL = "/cas/userdata/confirmEmail.cgi";
    public static final String MOBILE_PHONES = "/cas/userdata/mobilePhones.cgi";
    public static final String ADD_MOBILE_PHONE = "/cas/userdata/addMobilePhone.cgi";
    public static final String DELETE_MOBILE_PHONE = "/cas/userdata/deleteMobilePhone.cgi";
    public static final String MOBILE_DEVICES = "/cas/mobile";
    public static final String ADD_MOBILE_DEVICE = "/cas/mobile/add";
    public static final String MOBILE_ENROLMENT = "/cas/mobile/enrol";
    public static final String MOBILE_ENROLMENT_STATUS = "/cas/mobile/enrol/status";
    public static final String MOBILE_ENROLMENT_CONTINUE = "/cas/mobile/enrol/continue";
    public static final String MOBILE_PANIC = "/cas/mobile/panic";
    /** The mobile app's own API: enrolment, the requests it answers, "Unlink device". */
    public static final String APP_API_ENROL = "/cas/api/mobile/enrol";
    public static final String APP_API_REQUEST = "/cas/api/mobile/requests/{requestId}";
    public static final String APP_API_UNLINK = "/cas/api/mobile/devices/{deviceId}/unlink";
    /** The sign-in steps of the app: waiting for the push to be answered, and the QR code with its one-time code. */
    public static final String LOGIN_MOBILE_APP = "/cas/login/mobile-app";
    public static final String LOGIN_MOBILE_APP_STATUS = "/cas/login/mobile-app/status";
    public static final String LOGIN_MOBILE_APP_CONTINUE = "/cas/login/mobile-app/continue";
    public static final String LOGIN_MOBILE_QR = "/cas/login/mobile-qr";
    public static final String LOGIN_SMS = "/cas/login/sms";
    /** "Warn me each time an application asks for my identity": the question before single sign-on answers. */
    public static final String LOGIN_IDENTITY_REQUEST = "/cas/login/identity-request";
    /** "Security Key or Trusted Platform" (FAQ APP-09): My Account's pages, and the sign-in step. */
    public static final String SECURITY_KEYS = "/cas/userdata/securityKeys.cgi";
    public static final String ADD_SECURITY_KEY = "/cas/userdata/addSecurityKey.cgi";
    public static final String REGISTER_SECURITY_KEY = "/cas/userdata/registerSecurityKey.cgi";
    public static final String LOGIN_SECURITY_KEY = "/cas/login/security-key";
    public static final String HELP = "/cas/help.html";
    public static final String STATIC = "/cas/static";
    /** "Report a problem" and its confirmation with the reference (FAQ HELP-01). */
    public static final String REPORT_PROBLEM = "/cas/help/reportProblem.cgi";
    public static final String PROBLEM_REPORTED = "/cas/help/problemReported.cgi";
    /** Delivery receipts of the SMS provider for one challenge (Twilio's StatusCallback). */
    public static final String SMS_RECEIPT = "/cas/api/sms/receipts/{challengeId}";
    /** The support console (FAQ HELP-02), with its own sign-in and session cookie. */
    public static final String SUPPORT = "/cas/support";
    public static final String SUPPORT_LOGIN = "/cas/support/login";
    public static final String SUPPORT_LOGOUT = "/cas/support/logout";
    public static final String SUPPORT_ACCOUNT = "/cas/support/accounts/{uid}";
    public static final String SUPPORT_UNLOCK = "/cas/support/accounts/{uid}/unlock";
    public static final String SUPPORT_SEND_LINK = "/cas/support/accounts/{uid}/initialisation-link";
    public static final String SUPPORT_REPORT = "/cas/support/reports/{reference}";
    public static final String SUPPORT_REPORT_SCREENSHOT = "/cas/support/reports/{reference}/screenshots/{position}";
    public static final String SUPPORT_REPORT_RESOLVE = "/cas/support/reports/{reference}/resolve";
    public static final String SUPPORT_AUDIT = "/cas/support/audit";
    /** OpenID Connect, as EU Login's provider: the issuer is {@code {base}/cas/oauth2}, every endpoint under it. */
    public static final String OIDC_ISSUER = "/cas/oauth2";
    public static final String OIDC_DISCOVERY = "/cas/oauth2/.well-known/openid-configuration";
    public static final String OIDC_AUTHORIZE = "/cas/oauth2/authorize";
    public static final String OIDC_TOKEN = "/cas/oauth2/token";
    public static final String OIDC_INTROSPECT = "/cas/oauth2/token/introspect";
    public static final String OIDC_JWKS = "/cas/oauth2/jwks";
    public static final String OIDC_USERINFO = "/cas/oauth2/userinfo";
    public static final String OIDC_LOGOUT = "/cas/oauth2/logout";
    /** The logout endpoint's own question, answered "Logout" (a form of the IdP, not an OpenID Connect endpoint). */
    public static final String OIDC_LOGOUT_CONFIRM = "/cas/oauth2/logout/confirm";
    public static final String LAB_CLOCK = "/__lab/clock";
    public static final String LAB_ACCOUNTS = "/__lab/accounts";
    public static final String LAB_UNLOCK = "/__lab/accounts/unlock";
    public static final String LAB_DEVICES = "/__lab/accounts/devices";
    public static final String LAB_SECURITY_KEYS = "/__lab/accounts/security-keys";
    public static final String LAB_ACCOUNT_SETTINGS = "/__lab/accounts/settings";
    public static final String LAB_CAPTCHA = "/__lab/captcha";
    public static final String LAB_SUPPORT_STAFF = "/__lab/support-staff";
    public static final String LAB_RESET = "/__lab/reset";
    public static final String LAB_PROBLEM_REPORTS = "/__lab/problem-reports";

    /** Where the SMS provider posts the delivery receipts of the challenge with this id. */
    public static String smsReceipt(long challengeId) {
        return SMS_RECEIPT.replace("{challengeId}", Long.toString(challengeId));
    }

    private Paths() {
    }
}
