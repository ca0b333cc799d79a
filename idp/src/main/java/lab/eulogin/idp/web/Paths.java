package lab.eulogin.idp.web;

/** Every path the IdP answers, EU Login's own where it has one (DESIGN.md, "Contracts"). */
public final class Paths {
    public static final String LOGIN = "/cas/login";
    public static final String LOGOUT = "/cas/logout";
    public static final String REGISTER = "/cas/eim/external/register.cgi";
    public static final String NEW_PASSWORD = "/cas/init/initialisePasswordLogin.cgi";
    public static final String PASSWORD_RESET_REQUEST = "/cas/init/passwordResetRequest.cgi";
    public static final String HELP = "/cas/help.html";
    public static final String STATIC = "/cas/static";
    public static final String LAB_CLOCK = "/__lab/clock";

    private Paths() {
    }
}
