package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.devices.Enrolments;
import lab.eulogin.idp.devices.QrCodeImage;
import lab.eulogin.sms.client.EuLoginAppClient;
import lab.eulogin.sms.client.Sms;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.stack.demo.DemoApp;

/**
 * The demo services against the whole lab, over HTTP: each application's Apereo CAS client sends
 * the browser to the lab's EU Login, validates the ticket it brings back and shows what it received.
 * The Commission's applications need a second factor and no longer take SMS (FAQ SIGN-14): their
 * sign-ins here use the EU Login app of the lab's virtual phones, with its QR code and one-time code.
 */
class DemoServicesTest {
    private static final String PASSWORD = "Demo-Services-2026!";
    private static final Pattern CHALLENGE = Pattern.compile("[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}");
    private static final Pattern QR_IMAGE = Pattern.compile("id=\"qr-challenge\" src=\"data:image/png;base64,([^\"]+)\"");
    private static final String PIN = "4826";

    private static Lab lab;

    @BeforeAll
    static void start() {
        lab = Lab.startForTests();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void theDemoServicesPageLinksToEveryApplication() {
        HttpBrowser browser = new HttpBrowser().open(lab.demoUrl() + "/");

        assertThat(browser.page()).isEqualTo("demo-services");
        for (DemoApp app : DemoApp.ALL) {
            assertThat(browser.body()).contains("href=\"" + app.entry() + "\"", app.name().replace("&", "&amp;"));
        }
    }

    @Test
    void anApplicationSendsTheBrowserToEuLoginWithItsOwnAddressAsTheService() {
        var answer = new HttpBrowser().peek(lab.demoUrl() + "/myremote/");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue(
                lab.idpUrl() + "/cas/login?service=" + enc(lab.demoUrl() + "/myremote/"));
    }

    @Test
    void afterSigningInTheApplicationShowsWhatItsCasClientReadFromEuLogin() {
        String email = account(AccountKind.RETIREE);

        HttpBrowser browser = signIn(DemoApp.MY_REMOTE, email);

        assertThat(browser.page()).isEqualTo("service");
        assertThat(browser.body()).contains("data-service=\"My Remote\"", "data-app=\"JSIS Online\"",
                "<strong data-field=\"signed-in-as\">Maria Rossi</strong>");
        assertThat(browser.went()).anySatisfy(address -> assertThat(address.getQuery()).startsWith("ticket=ST-"));
        assertThat(browser.address().toString()).isEqualTo(lab.demoUrl() + "/myremote/");
        assertThat(browser.attribute("user")).matches("n[a-z0-9]{7}");
        assertThat(browser.attribute("email")).isEqualTo(email);
        assertThat(browser.attribute("firstName")).isEqualTo("Maria");
        assertThat(browser.attribute("lastName")).isEqualTo("Rossi");
        assertThat(browser.attribute("employeeType")).isEqualTo("r");
        assertThat(browser.attribute("assuranceLevel")).isNotBlank();
        assertThat(browser.attribute("authenticationLevel")).isEqualTo("MEDIUM");
        assertThat(browser.attribute("strengths")).isEqualTo("PASSWORD, PASSWORD_SOFTWARE_TOKEN");
        assertThat(browser.attribute("sso")).isEqualTo("false");
    }

    @Test
    void aRetireeWithThePasswordAloneIsLedToAddASecondFactorNotAPhoneNumber() {
        HttpBrowser browser = new HttpBrowser().open(lab.demoUrl() + "/myremote/");
        signInOnEuLogin(browser, account(AccountKind.RETIREE));

        assertThat(browser.page()).isEqualTo("second-factor-required");
        assertThat(browser.address().toString()).startsWith(lab.idpUrl());
        assertThat(browser.body()).contains("data-field=\"service-name\">My Remote<", "id=\"mobile-devices\"",
                "id=\"security-keys\"").doesNotContain("id=\"mobile-phones\"");
    }

    @Test
    void myRemotesMenuIsTheOneTheRetireesFaqLists() {
        HttpBrowser browser = signIn(DemoApp.MY_REMOTE, account(AccountKind.RETIREE));

        // The menu's items; the link to EUShare below the menu is not one of them.
        Matcher item = Pattern.compile("<li><a (?:id=\"[^\"]*\" )?data-app=\"([^\"]+)\"").matcher(browser.body());
        List<String> menu = new ArrayList<>();
        while (item.find()) {
            menu.add(item.group(1).replace("&amp;", "&"));
        }
        assertThat(menu).containsExactly("JSIS Online", "My IntraComm", "SYSPER Post Activity",
                "Staff Matters & Staff Contact", "EU Login");
    }

    @Test
    void aSecondApplicationOpensFromTheSingleSignOnWithNothingTyped() {
        HttpBrowser browser = signIn(DemoApp.MY_REMOTE, account(AccountKind.RETIREE));

        browser.open(lab.demoUrl() + "/myintracomm/");

        assertThat(browser.page()).isEqualTo("service");
        assertThat(browser.body()).contains("data-service=\"My IntraComm\"");
        assertThat(browser.went()).extracting(URI::getPath).contains("/cas/login");
        assertThat(browser.attribute("sso")).isEqualTo("true");
    }

    @Test
    void jsisOnlineAsksForThePasswordAgainEvenWhenSignedIn() {
        String email = account(AccountKind.RETIREE);
        HttpBrowser browser = signIn(DemoApp.MY_REMOTE, email);

        browser.open(lab.demoUrl() + "/jsis/");
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(browser.body()).contains("JSIS Online");
        secondFactorAfterPassword(browser, PHONES.get(email));

        assertThat(browser.page()).isEqualTo("service");
        assertThat(browser.body()).contains("data-service=\"JSIS Online\"");
        assertThat(browser.attribute("sso")).isEqualTo("false");
    }

    @Test
    void aTicketBroughtTwiceIsRefusedOnTheApplicationsOwnPage() {
        HttpBrowser browser = signIn(DemoApp.MY_REMOTE, account(AccountKind.EXTERNAL));
        URI withTicket = browser.went().stream().filter(a -> a.getQuery() != null && a.getQuery().contains("ticket="))
                .findFirst().orElseThrow();

        HttpBrowser replay = new HttpBrowser().open(withTicket.toString());

        assertThat(replay.status()).isEqualTo(403);
        assertThat(replay.page()).isEqualTo("app-error");
        assertThat(replay.body()).contains("data-msg=\"sign-in-not-confirmed\"", "data-service=\"My Remote\"");
    }

    @Test
    void aPageThatFailsAfterSignInShowsTheApplicationsErrorNotEuLogins() {
        HttpBrowser browser = signIn(DemoApp.SYSPER, account(AccountKind.RETIREE));

        browser.open(lab.demoUrl() + "/sysper/pension-statement");

        assertThat(browser.status()).isEqualTo(500);
        assertThat(browser.page()).isEqualTo("app-error");
        assertThat(browser.address().toString()).startsWith(lab.demoUrl());
        assertThat(browser.body()).contains("data-msg=\"error-from-application\"",
                "<code>" + lab.demoUrl() + "/sysper/pension-statement</code>",
                "This error comes from SYSPER Post Activity, not from\n    EU Login.");
    }

    @Test
    void anAddressNoPageHasIsTheApplicationsNotFound() {
        HttpBrowser browser = signIn(DemoApp.MYPMO, account(AccountKind.RETIREE));

        browser.open(lab.demoUrl() + "/mypmo/no-such-page");

        assertThat(browser.status()).isEqualTo(404);
        assertThat(browser.page()).isEqualTo("app-error");
        assertThat(browser.body()).contains("data-msg=\"page-not-found\"", "data-service=\"MyPMO\"");
    }

    @ParameterizedTest(name = "{0} answers a form it cannot read on its own error page, as a 400")
    @ValueSource(strings = {"/jsis", "/eushare/"})
    void aFormThatCannotBeReadIsTheApplicationsBadRequest(String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(lab.demoUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("ticket=%zz&%=")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("data-page=\"app-error\"", "data-msg=\"request-unreadable\"");
    }

    @Test
    void euresWelcomesWithoutASignInAndItsPasswordLinksLeadToEuLogin() {
        HttpBrowser browser = new HttpBrowser().open(lab.demoUrl() + "/eures/");

        assertThat(browser.went()).hasSize(1);
        assertThat(browser.page()).isEqualTo("eures-welcome");
        assertThat(browser.body()).contains("href=\"" + lab.idpUrl() + "/cas/init/passwordResetRequest.cgi\"",
                "data-msg=\"no-password-of-its-own\"");

        browser.open(lab.demoUrl() + "/eures/password");
        assertThat(browser.address().toString()).isEqualTo(lab.idpUrl() + "/cas/init/passwordResetRequest.cgi");
        assertThat(browser.page()).isEqualTo("password-reset-request");
    }

    @Test
    void euresTakesASignInWithSmsAndAsksEuLoginForThatLevelWhenItValidates() {
        String email = account(AccountKind.EXTERNAL);
        String number = "+32470" + (100000 + (int) (Math.random() * 899999));
        HttpBrowser browser = new HttpBrowser();
        long lastSms = addPhone(browser, email, number);
        lab.clock().advance(Duration.ofMinutes(1)); // the IdP sends no second SMS to a number within 30 seconds

        browser.open(lab.demoUrl() + "/eures/my/");
        assertThat(browser.page()).isEqualTo("login-password");
        assertThat(browser.body()).contains("value=\"PASSWORD_SMS\"").doesNotContain("value=\"PASSWORD\"");
        browser.submit("/cas/login", Map.of("step", "password", "password", PASSWORD, "method", "PASSWORD_SMS"));
        assertThat(browser.page()).isEqualTo("login-sms");
        browser.submit("/cas/login/sms", Map.of("mobilePhone", number, "challenge", nextChallenge(number, lastSms)));

        assertThat(browser.page()).isEqualTo("service");
        assertThat(browser.body()).contains("data-service=\"EURES portal\"");
        assertThat(browser.attribute("authenticationLevel")).isEqualTo("MEDIUM");
        assertThat(browser.attribute("strengths")).contains("PASSWORD_SMS");
    }

    @Test
    void logoutEndsTheApplicationsSessionAndEuLogins() {
        String email = account(AccountKind.RETIREE);
        HttpBrowser browser = signIn(DemoApp.MY_INTRACOMM, email);

        browser.open(lab.demoUrl() + "/myintracomm/logout");
        assertThat(browser.page()).isEqualTo("logged-out");

        browser.open(lab.demoUrl() + "/myintracomm/");
        assertThat(browser.page()).isIn("login-identifier", "login-password");
    }

    @Test
    void euShareSignsInWithOpenIdConnectAndShowsTheClaimsOfTheIdTokenItValidated() {
        String email = account(AccountKind.EXTERNAL);

        HttpBrowser browser = signInWithThePasswordAlone(DemoApp.EUSHARE, email);

        assertThat(browser.body()).contains("data-service=\"EUShare\"", "<strong data-field=\"signed-in-as\">Maria Rossi</strong>");
        assertThat(browser.address().toString()).isEqualTo(lab.demoUrl() + "/eushare/files/");
        assertThat(browser.went()).anySatisfy(address -> assertThat(address.getPath()).isEqualTo("/eushare/callback"));
        assertThat(browser.attribute("sub")).matches("n[a-z0-9]{7}");
        assertThat(browser.attribute("email")).isEqualTo(email);
        assertThat(browser.attribute("given_name")).isEqualTo("Maria");
        assertThat(browser.attribute("family_name")).isEqualTo("Rossi");
        assertThat(browser.attribute("https://ecas.ec.europa.eu/claims/domain")).isEqualTo("external");
        assertThat(browser.attribute("acr")).isEqualTo("https://ecas.ec.europa.eu/loa/basic");
        assertThat(browser.attribute("amr")).isEqualTo("pwd");
        assertThat(browser.attribute("auth_time")).matches("[0-9]{10}");
        assertThat(browser.attribute("sso")).isEqualTo("false");
        assertThat(browser.attribute("alg")).isEqualTo("PS512");
    }

    @Test
    void euShareFirstAsksEuLoginSilentlyThenWithItsSignInPages() {
        HttpBrowser browser = new HttpBrowser().open(lab.demoUrl() + "/eushare/files/");

        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.body()).contains("EUShare");
        List<URI> authorize = browser.went().stream().filter(a -> a.getPath().equals("/cas/oauth2/authorize")).toList();
        assertThat(authorize).hasSize(2);
        assertThat(authorize.get(0).getQuery()).contains("prompt=none", "code_challenge_method=S256", "client_id=eushare");
        assertThat(authorize.get(1).getQuery()).doesNotContain("prompt=");
        assertThat(browser.went()).anySatisfy(a -> assertThat(a.getQuery()).contains("error=login_required"));
    }

    @Test
    void signedInAtMyRemoteEuShareOpensFromTheSingleSignOn() {
        String email = account(AccountKind.RETIREE);
        HttpBrowser browser = signIn(DemoApp.MY_REMOTE, email);
        assertThat(browser.body()).contains("data-app=\"EUShare\" href=\"/eushare/files/\">EUShare</a>\n"
                + "    <small>(signs in with OpenID Connect;", "<code>/cas/p3/serviceValidate</code>")
                .doesNotContain("Every claim of the ID token");

        browser.open(lab.demoUrl() + "/eushare/files/");

        assertThat(browser.page()).as(browser.describe()).isEqualTo("service");
        assertThat(browser.body()).contains("data-service=\"EUShare\"");
        assertThat(browser.attribute("email")).isEqualTo(email);
        assertThat(browser.attribute("sso")).isEqualTo("true");
    }

    @Test
    void signedInAtEuShareMyRemoteOpensFromTheSingleSignOn() {
        String email = account(AccountKind.RETIREE);
        HttpBrowser browser = signIn(DemoApp.EUSHARE, email);
        assertThat(browser.body()).contains("data-app=\"My Remote\" href=\"/myremote/\">My Remote</a>\n"
                + "    <small>(signs in with CAS;", "Every claim of the ID token").doesNotContain("/cas/p3/serviceValidate");

        browser.open(lab.demoUrl() + "/myremote/");

        assertThat(browser.page()).isEqualTo("service");
        assertThat(browser.body()).contains("data-service=\"My Remote\"");
        assertThat(browser.attribute("email")).isEqualTo(email);
        assertThat(browser.attribute("sso")).isEqualTo("true");
    }

    @Test
    void sharingAFileInEuShareAsksEuLoginForASecondFactor() {
        String email = account(AccountKind.EXTERNAL);
        String number = "+32471" + (100000 + (int) (Math.random() * 899999));
        HttpBrowser browser = new HttpBrowser();
        long lastSms = addPhone(browser, email, number);
        lab.clock().advance(Duration.ofMinutes(1)); // the IdP sends no second SMS to a number within 30 seconds
        browser.open(lab.demoUrl() + "/eushare/files/");
        assertThat(browser.page()).as(browser.describe()).isEqualTo("service");
        assertThat(browser.attribute("acr")).isEqualTo("https://ecas.ec.europa.eu/loa/basic");

        browser.open(lab.demoUrl() + "/eushare/files/share");
        assertThat(browser.went()).anySatisfy(a -> assertThat(a.getQuery())
                .contains("acr_values=https://ecas.ec.europa.eu/loa/medium"));
        assertThat(browser.page()).isEqualTo("login-password");
        browser.submit("/cas/login", Map.of("step", "password", "password", PASSWORD, "method", "PASSWORD_SMS"));
        assertThat(browser.page()).isEqualTo("login-sms");
        browser.submit("/cas/login/sms", Map.of("mobilePhone", number, "challenge", nextChallenge(number, lastSms)));

        assertThat(browser.page()).isEqualTo("service");
        assertThat(browser.address().toString()).isEqualTo(lab.demoUrl() + "/eushare/files/share");
        assertThat(browser.body()).contains("data-msg=\"second-factor-confirmed\"");
        assertThat(browser.attribute("acr")).isEqualTo("https://ecas.ec.europa.eu/loa/medium");
        assertThat(browser.attribute("amr")).contains("sms");
    }

    @Test
    void euShareLogoutEndsEuLoginsSingleSignOnForCasApplicationsToo() {
        String email = account(AccountKind.RETIREE);
        HttpBrowser browser = signIn(DemoApp.EUSHARE, email);
        browser.open(lab.demoUrl() + "/myremote/");
        assertThat(browser.page()).isEqualTo("service");

        browser.open(lab.demoUrl() + "/eushare/logout");
        assertThat(browser.went()).anySatisfy(a -> assertThat(a.getPath()).isEqualTo("/cas/oauth2/logout"));
        assertThat(browser.address().getPath()).isEqualTo("/eushare/");
        assertThat(browser.page()).isEqualTo("eushare-welcome");
        assertThat(browser.body()).contains("data-msg=\"signed-out\"");

        browser.open(lab.demoUrl() + "/myintracomm/");
        assertThat(browser.page()).isIn("login-identifier", "login-password");
        browser.open(lab.demoUrl() + "/eushare/files/");
        assertThat(browser.page()).isIn("login-identifier", "login-password");
    }

    @Test
    void anAnswerFromEuLoginBroughtTwiceIsRefusedOnEuSharesOwnPage() {
        HttpBrowser browser = signInWithThePasswordAlone(DemoApp.EUSHARE, account(AccountKind.EXTERNAL));
        URI withCode = browser.went().stream().filter(a -> a.getQuery() != null && a.getQuery().contains("code="))
                .findFirst().orElseThrow();

        browser.open(withCode.toString());

        assertThat(browser.status()).isEqualTo(403);
        assertThat(browser.page()).isEqualTo("app-error");
        assertThat(browser.body()).contains("data-msg=\"sign-in-not-confirmed\"", "data-service=\"EUShare\"");
    }

    @Test
    void aCallbackWithoutASignInUnderWayIsEuSharesOwnPageNotAnError() {
        for (String query : new String[] {"", "?code=abc", "?code=abc&state=" + "x".repeat(5000), "?error=login_required&state=a%20b"}) {
            HttpBrowser browser = new HttpBrowser().open(lab.demoUrl() + "/eushare/callback" + query);

            assertThat(browser.status()).as(query).isEqualTo(403);
            assertThat(browser.page()).as(query).isEqualTo("app-error");
            assertThat(browser.body()).as(query).contains("data-msg=\"sign-in-not-confirmed\"", "data-service=\"EUShare\"");
        }
    }

    private static String account(AccountKind kind) {
        String email = "maria." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        lab.idp().accountAdmin().createActive(new NewAccount(email, "Maria", "Rossi", Locale.ENGLISH, kind),
                PASSWORD, lab.clock().instant());
        return email;
    }

    /** Opens the application and signs in on the EU Login page it leads to, with the app as second factor. */
    private static HttpBrowser signIn(DemoApp app, String email) {
        String phone = withTheApp(email);
        HttpBrowser browser = new HttpBrowser().open(lab.demoUrl() + app.signedInHome());
        assertThat(browser.page()).isEqualTo("login-identifier");
        browser.submit("/cas/login", Map.of("step", "identifier", "username", email));
        secondFactorAfterPassword(browser, phone);
        assertThat(browser.page()).as("back at " + app.name()).isEqualTo("service");
        return browser;
    }

    /** Opens the application and signs in on the EU Login page it leads to, with the password alone. */
    private static HttpBrowser signInWithThePasswordAlone(DemoApp app, String email) {
        HttpBrowser browser = new HttpBrowser().open(lab.demoUrl() + app.signedInHome());
        signInOnEuLogin(browser, email);
        assertThat(browser.page()).as("back at " + app.name() + ", " + browser.describe()).isEqualTo("service");
        return browser;
    }

    /** Registers a mobile phone number through My Account; the id of the SMS that confirmed it. */
    private static long addPhone(HttpBrowser browser, String email, String number) {
        browser.open(lab.idpUrl() + "/cas/userdata/addMobilePhone.cgi");
        signInOnEuLogin(browser, email);
        assertThat(browser.page()).isEqualTo("add-mobile-phone");
        browser.submit("/cas/userdata/addMobilePhone.cgi", Map.of("step", "number", "mobilePhone", number));
        browser.submit("/cas/userdata/addMobilePhone.cgi", Map.of("step", "code", "challenge", nextChallenge(number, 0)));
        assertThat(browser.page()).isEqualTo("mobile-phones");
        return sms().messages(number).get(0).id();
    }

    /** The phone of each account set up with the app, to answer the QR codes of its sign-ins. */
    private static final Map<String, String> PHONES = new ConcurrentHashMap<>();

    /** "Add a mobile device" as My Account does it, then the app on a virtual phone scans its QR code. */
    private static String withTheApp(String email) {
        Account account = lab.idp().accountAdmin().find(email).orElseThrow();
        var started = (Enrolments.Started.Ok) lab.idp().mobileApp().enrolments().start(account.id(), "My phone", PIN, PIN);
        String number = "+32471" + (100000 + (int) (Math.random() * 899999));
        app().install(number);
        app().enrol(number, QrCodeImage.png(started.qrText()), PIN);
        PHONES.put(email, number);
        return number;
    }

    /** The password with "EU Login Mobile App QR Code", then the code the app shows for the page's QR code. */
    private static void secondFactorAfterPassword(HttpBrowser browser, String phone) {
        assertThat(browser.page()).isEqualTo("login-password");
        browser.submit("/cas/login", Map.of("step", "password", "password", PASSWORD, "method", "PASSWORD_SOFTWARE_TOKEN"));
        assertThat(browser.page()).isEqualTo("login-mobile-qr");
        Matcher qr = QR_IMAGE.matcher(browser.body());
        assertThat(qr.find()).as("the QR code on the page").isTrue();
        String code = app().oneTimeCode(phone, Base64.getDecoder().decode(qr.group(1)), PIN);
        browser.submit("/cas/login/mobile-qr", Map.of("code", code));
    }

    private static EuLoginAppClient app() {
        return new EuLoginAppClient(lab.smsUrl());
    }

    private static void signInOnEuLogin(HttpBrowser browser, String email) {
        assertThat(browser.page()).isEqualTo("login-identifier");
        browser.submit("/cas/login", Map.of("step", "identifier", "username", email));
        assertThat(browser.page()).isEqualTo("login-password");
        browser.submit("/cas/login", Map.of("step", "password", "password", PASSWORD));
    }

    private static String nextChallenge(String number, long after) {
        Sms sms = sms().nextMessage(number, after, Duration.ofSeconds(10)).orElseThrow();
        Matcher code = CHALLENGE.matcher(sms.body());
        assertThat(code.find()).as("a challenge in " + sms.body()).isTrue();
        return code.group();
    }

    private static SmsApiClient sms() {
        return new SmsApiClient(lab.smsUrl());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
