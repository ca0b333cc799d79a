package lab.eulogin.idp.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.IdpServer;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.protocol.CasPolicy;
import lab.eulogin.idp.devices.DevicePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An IdP on a free port with a real SMTP server catching its mail, and a browser-like client. */
abstract class IdpTestBase {
    private static final Pattern LINK = Pattern.compile("(http://\\S+(?:initialisePasswordLogin|confirmEmail)\\.cgi\\S+)");
    private static final Pattern CAPTCHA_ANSWER = Pattern.compile("\"answer\":\"([A-Z0-9]+)\"");
    static final String GOOD_PASSWORD = "Correct-Horse-9";
    static final String RESET_REQUEST = "/cas/init/passwordResetRequest.cgi";

    final LabClock clock = startingClock();
    GreenMail mail;
    TwilioCatcher sms;
    PushCatcher push;
    IdpServer idp;
    TestBrowser browser;

    /** The lab clock the IdP starts with: now, unless a test needs another day. */
    LabClock startingClock() {
        return LabClock.system();
    }

    @BeforeEach
    void start() {
        mail = new GreenMail(ServerSetup.SMTP.dynamicPort());
        mail.start();
        sms = new TwilioCatcher();
        push = new PushCatcher();
        idp = start(true);
        browser = new TestBrowser(idp.baseUrl());
    }

    IdpServer start(boolean labMode) {
        return IdpServer.start(config(labMode), clock);
    }

    /** The IdP's configuration in tests: a fresh in-memory database, the catchers, cheap hashes. */
    IdpConfig config(boolean labMode) {
        return IdpConfig.defaults()
                .withPort(0)
                .withLabMode(labMode)
                .withJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withSmtp("127.0.0.1", mail.getSmtp().getPort())
                .withSmsGatewayUrl(sms.url())
                .withPbkdf2Iterations(10_000)
                .withDevicePolicy(DevicePolicy.defaults().withPushUrl(push.url()).withPinIterations(1_000))
                .withCasPolicy(CasPolicy.defaults().withServiceRegistry(serviceRegistry()));
    }

    /** The services the IdP knows: the lab's own unless a test class needs others. */
    Path serviceRegistry() {
        return null;
    }

    @AfterEach
    void stop() {
        idp.close();
        sms.close();
        push.close();
        mail.stop();
    }

    /** Registers through the form and returns the link from the mail. */
    String register(String email, String language) {
        browser.get("/cas/eim/external/register.cgi");
        browser.post("/cas/eim/external/register.cgi", Map.of(
                "firstName", "Ana", "lastName", "Pérez", "email", email, "emailConfirm", email,
                "emailLanguage", language, "privacy", "yes"));
        assertThat(browser.page()).isEqualTo("register-mail-sent");
        return lastLinkTo(email);
    }

    /** Registers, sets the password through the link, and leaves the browser signed in. */
    void registerAndActivate(String email) {
        String link = register(email, "en");
        browser.get(link);
        browser.post("/cas/init/initialisePasswordLogin.cgi", formOf(link, GOOD_PASSWORD, GOOD_PASSWORD));
        assertThat(browser.page()).isEqualTo("password-set");
    }

    /**
     * "Lost your password?" filled in as a person does: the address and the code of the picture, read
     * through the lab's captcha endpoint under a lab client id given to the browser.
     */
    void askForNewPassword(TestBrowser who, String email) {
        String client = "reset-" + UUID.randomUUID();
        who.setCookie(Web.LAB_CLIENT_COOKIE, client);
        who.get(RESET_REQUEST);
        who.post(RESET_REQUEST, Map.of("email", email, "captcha", captchaShownTo(client)));
    }

    /** The code of the last captcha the IdP drew for the browser with this lab client id. */
    String captchaShownTo(String client) {
        String body = new TestBrowser(idp.baseUrl()).get("/__lab/captcha?client=" + client).body();
        Matcher answer = CAPTCHA_ANSWER.matcher(body);
        assertThat(answer.find()).as("a captcha shown to " + client + ": " + body).isTrue();
        return answer.group(1);
    }

    /**
     * The first submit button of the page's form that posts to this action, the one a browser's
     * Enter presses; one without a name sends the form as it is. Fails unless the form has the
     * captcha's button with two arrows.
     */
    static String firstSubmitButton(TestBrowser page, String action) {
        String body = page.last().body();
        String form = body.substring(body.indexOf("<form method=\"post\" action=\"" + action + "\""));
        form = form.substring(0, form.indexOf("</form>"));
        assertThat(form).contains("id=\"new-captcha\"");
        Matcher first = Pattern.compile("<button[^>]*type=\"submit\"[^>]*>").matcher(form);
        assertThat(first.find()).as("a submit button in the form").isTrue();
        return first.group();
    }

    String lastLinkTo(String email) {
        MimeMessage last = lastMailTo(email);
        Matcher link = LINK.matcher(textOf(last));
        assertThat(link.find()).as("a link in the mail to " + email).isTrue();
        return link.group(1);
    }

    MimeMessage lastMailTo(String email) {
        MimeMessage found = null;
        try {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                    found = m;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(found).as("a mail to " + email).isNotNull();
        return found;
    }

    static String textOf(MimeMessage message) {
        try {
            return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh browser that typed the address and pressed NEXT. */
    TestBrowser identify(String email) {
        TestBrowser other = new TestBrowser(idp.baseUrl());
        other.get("/cas/login");
        other.post("/cas/login", Map.of("step", "identifier", "username", email));
        return other;
    }

    /** Signs in with a fresh browser, through both steps. */
    TestBrowser signIn(String email, String password) {
        TestBrowser other = identify(email);
        assertThat(other.page()).as("the password step for " + email).isEqualTo("login-password");
        other.post("/cas/login", Map.of("step", "password", "password", password));
        return other;
    }

    /** Signs in with a fresh browser, choosing a verification method; it is left at that method's step. */
    TestBrowser signIn(String email, String password, String method) {
        TestBrowser other = identify(email);
        other.post("/cas/login", Map.of("step", "password", "password", password, "method", method));
        return other;
    }

    static Map<String, String> formOf(String link, String password, String confirmation) {
        String query = link.substring(link.indexOf('?') + 1);
        String uid = query.replaceAll(".*uid=([^&]*).*", "$1");
        String code = query.replaceAll(".*resetCode=([^&]*).*", "$1");
        return Map.of("uid", uid, "resetCode", code, "password", password, "passwordConfirm", confirmation);
    }
}
