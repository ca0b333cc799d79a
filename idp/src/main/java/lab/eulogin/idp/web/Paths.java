package lab.eulogin.idp.web;

/** Every path the IdP answers, EU Login's own where it has one (DESIGN.md, "Contracts"). */
public final class Paths {
    public static final String LOGIN = "/cas/login";
    public static final String LOGOUT = "/cas/logout";
    public static final String REGISTER = "/cas/eim/external/register.cgi";
    public static final String NEW_PASSWORD = "/cas/init/initialisePasswordLogin.cgi";
    public static final String PASSWORD_RESET_REQUEST = "/cas/init/passwordResetRequest.cgi";
    public static final String PASSWORD_EXPIRED = "/cas/init/passwordExpired.cgi";
    public static final String MY_ACCOUNT = "/cas/userdata/myAccount.cgi";
    public static final String CHANGE_PASSWORD = "/cas/userdata/changePassword.cgi";
    public static final String ACCOUNT_DETAILS = "/cas/userdata/accountDetails.cgi";
    public static final String CHANGE_EMAIL = "/cas/userdata/changeEmail.cgi";
    public static final String CONFIRM_EMAIL = "/cas/userdata/confirmEmail.cgi";
    public static final String MOBILE_PHONES = "/cas/userdata/mobilePhones.cgi";
    public static final String ADD_MOBILE_PHONE = "/cas/userdata/addMobilePhone.cgi";
    public static final String HELP = "/cas/help.html";
    public static final String STATIC = "/cas/static";
    public static final String LAB_CLOCK = "/__lab/clock";
    public static final String LAB_UNLOCK = "/__lab/accounts/unlock";
    public static final String LAB_CAPTCHA = "/__lab/captcha";

    private Paths() {
    }
}
