package lab.eulogin.testkit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import lab.eulogin.mail.client.MailApiClient;
import lab.eulogin.mail.client.SmtpFault;
import lab.eulogin.sms.client.EuLoginAppClient;
import lab.eulogin.sms.client.Fault;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.testkit.clients.LabAccountsClient;
import lab.eulogin.testkit.clients.LabClockClient;
import lab.eulogin.testkit.clients.LabResetClient;
import lab.eulogin.testkit.clients.LabSupportStaffClient;

/**
 * A test's hands on a running lab, over the lab's control API only (HTTP), so it works the same on
 * a lab in the test's JVM, in a container or on a shared machine: make accounts of any kind and
 * state, move the lab clock, read mail and SMS, set phones' states, use the EU Login app on a
 * virtual phone, switch faults on, sign in without a browser, and reset the whole lab.
 *
 * <pre>{@code
 * LabKit kit = LabKit.connect(new LabRuntimeInfo(idpUrl, smsUrl, mailUrl, "127.0.0.1", smtpPort, imapPort));
 * TestAccount ana = kit.newAccount().mobilePhone("+32470123456").create();
 * HttpBrowser browser = kit.browser().open(appUrl);          // the application sends it to EU Login
 * kit.signInWithSms(browser, ana);                            // back at the application, signed in
 *
 * OidcCallback back = kit.signInOidc(kit.browser(), authorizationRequest, ana);   // OpenID Connect
 * back.code();                                                                    // for the test to redeem
 * }</pre>
 */
public final class LabKit {
    private static final String IDENTITY_REQUEST = "identity-request";
    /** How long a wait for mail, an SMS or a push lasts before the test fails saying what was there. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final LabRuntimeInfo info;
    private final Duration timeout;
    private final LabAccountsClient accounts;
    private final LabClockClient clock;
    private final LabSupportStaffClient supportStaff;
    private final LabResetClient labReset;
    private final MailApiClient mail;
    private final SmsApiClient sms;
    private final EuLoginAppClient app;
    private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();
    private final Map<String, VirtualPhone> phones = new ConcurrentHashMap<>();

    private LabKit(LabRuntimeInfo info, Duration timeout) {
        this.info = Objects.requireNonNull(info);
        this.timeout = timeout;
        this.accounts = new LabAccountsClient(info.idpUrl());
        this.clock = new LabClockClient(info.idpUrl());
        this.supportStaff = new LabSupportStaffClient(info.idpUrl());
        this.labReset = new LabResetClient(info.idpUrl());
        this.mail = new MailApiClient(info.mailUrl());
        this.sms = new SmsApiClient(info.smsUrl());
        this.app = new EuLoginAppClient(info.smsUrl());
    }

    /** A kit for the lab at these addresses. */
    public static LabKit connect(LabRuntimeInfo info) {
        return new LabKit(info, DEFAULT_TIMEOUT);
    }

    /** The same lab, waiting this long for mail, SMS and pushes. */
    public LabKit withTimeout(Duration wait) {
        return new LabKit(info, wait);
    }

    public LabRuntimeInfo info() {
        return info;
    }

    // ---- accounts

    /** An account to make: {@code kit.newAccount().kind(AccountKind.STAFF).passwordAge(Period.ofMonths(7)).create()}. */
    public TestAccount.Builder newAccount() {
        return new TestAccount.Builder(accounts::create);
    }

    /**
     * "Configure my account" as the account's owner would tick it, all four options at once
     * ("Always require multi-factor authentication" only for an account with a second factor).
     *
     * @return the options as the account now has them
     */
    public AccountSettings configureAccount(TestAccount account, AccountSettings settings) {
        return accounts.configure(account.email(), settings.byName());
    }

    /** The helpdesk's unlock of a locked account (FAQ SIGN-07). */
    public void unlock(TestAccount account) {
        accounts.unlock(account.email());
    }

    // ---- the lab clock

    /** Moves the lab clock (the IdP's and both emulators') forward; returns the lab's time now. */
    public Instant advanceClock(Duration by) {
        return clock.advance(by).now();
    }

    /** The lab's time now. */
    public Instant now() {
        return clock.read().now();
    }

    // ---- mail and phones

    /** The mail to one address, read in order; the same mailbox for the same address until the next reset. */
    public Mailbox mailbox(String address) {
        return mailboxes.computeIfAbsent(address.toLowerCase(Locale.ROOT),
                a -> new Mailbox(mail, a, timeout));
    }

    /** A virtual phone (made on first use); the same phone for the same number until the next reset. */
    public VirtualPhone phone(String number) {
        return phones.computeIfAbsent(number, n -> new VirtualPhone(n, sms, app, accounts, timeout));
    }

    // ---- faults

    /** Makes the SMS gateway misbehave (slow, a server error, a dropped connection) until {@link #clearFaults()}. */
    public void smsFault(Fault fault) {
        sms.setFault(fault);
    }

    /** Makes the mail emulator's SMTP refuse mail (temporarily or for good) or take its time until {@link #clearFaults()}. */
    public void mailFault(SmtpFault fault) {
        mail.setFault(fault);
    }

    public void clearFaults() {
        sms.clearFaults();
        mail.clearFaults();
    }

    // ---- signing in without a browser

    /** A new browser without a screen, with no cookies yet. */
    public HttpBrowser browser() {
        return new HttpBrowser();
    }

    /** On EU Login's sign-in page the browser shows: the address, then the password; returns the browser where it ends. */
    public HttpBrowser signIn(HttpBrowser browser, TestAccount account) {
        return new EuLoginSignIn(browser, account).withPassword();
    }

    /**
     * "Warn me each time an application asks for my identity" (Configure my account): on the question
     * EU Login asks before single sign-on answers an application, "Continue"; the browser goes on to
     * the application.
     */
    public HttpBrowser letApplicationKnowWhoIAm(HttpBrowser browser) {
        return browser.assertPage(IDENTITY_REQUEST).submit(IdpPaths.LOGIN_IDENTITY_REQUEST, Map.of());
    }

    /** As {@link #letApplicationKnowWhoIAm}, "Cancel": the application is told nothing. */
    public HttpBrowser refuseIdentityRequest(HttpBrowser browser) {
        URI cancel = browser.assertPage(IDENTITY_REQUEST).address().resolve(IdpPaths.LOGIN_IDENTITY_REQUEST + "?cancel=true");
        return browser.open(cancel.toString());
    }

    /** As {@link #signIn}, with "Mobile Phone + SMS": the code comes to the account's registered phone. */
    public HttpBrowser signInWithSms(HttpBrowser browser, TestAccount account) {
        if (account.mobilePhone() == null) {
            throw new IllegalArgumentException(account.email() + " has no mobile phone; make it with mobilePhone(...)");
        }
        return new EuLoginSignIn(browser, account).withSms(phone(account.mobilePhone()));
    }

    /** As {@link #signIn}, with "EU Login Mobile App PIN Code": the app on this phone approves the push with the PIN. */
    public HttpBrowser signInWithApp(HttpBrowser browser, TestAccount account, VirtualPhone phone, String pin) {
        return new EuLoginSignIn(browser, account).withAppPush(phone, pin);
    }

    /** As {@link #signIn}, with "EU Login Mobile App QR Code": the app on this phone reads the QR code; its code is typed. */
    public HttpBrowser signInWithQrCode(HttpBrowser browser, TestAccount account, VirtualPhone phone, String pin) {
        return new EuLoginSignIn(browser, account).withQrCode(phone, pin);
    }

    /**
     * OpenID Connect: the browser opens an authorization request (EU Login's {@code /cas/oauth2/authorize}
     * with the client's parameters, built by the application under test or by the test), signs in
     * on EU Login's pages with the password, and is sent back to the request's {@code redirect_uri}.
     * That redirect is returned and not followed, so the application need not be running: the test
     * redeems the code. Single sign-on, or a refusal, may send the browser back at once, before any
     * page: the answer is the same.
     */
    public OidcCallback signInOidc(HttpBrowser browser, String authorizationRequest, TestAccount account) {
        return signInOidc(browser, authorizationRequest, b -> signIn(b, account));
    }

    /** As {@link #signInOidc(HttpBrowser, String, TestAccount)}, with "Mobile Phone + SMS" as for {@link #signInWithSms}. */
    public OidcCallback signInOidcWithSms(HttpBrowser browser, String authorizationRequest, TestAccount account) {
        return signInOidc(browser, authorizationRequest, b -> signInWithSms(b, account));
    }

    /**
     * As {@link #signInOidc(HttpBrowser, String, TestAccount)}, with any way through EU Login's pages,
     * e.g. {@code b -> kit.signInWithApp(b, ana, phone, "2468")}; it runs only if a page is shown.
     */
    public OidcCallback signInOidc(HttpBrowser browser, String authorizationRequest, UnaryOperator<HttpBrowser> signIn) {
        String redirectUri = OidcCallback.queryParameter(URI.create(authorizationRequest), "redirect_uri")
                .orElseThrow(() -> new IllegalArgumentException("The authorization request has no redirect_uri: "
                        + authorizationRequest));
        browser.notFollowingRedirectsTo(redirectUri).open(authorizationRequest);
        if (browser.redirectNotFollowed().isEmpty()) {
            signIn.apply(browser);
        }
        return browser.redirectNotFollowed().map(OidcCallback::new).orElseThrow(() -> new AssertionError(
                "EU Login did not send the browser back to " + redirectUri + "; it shows the page '" + browser.page()
                        + "' at " + browser.address() + " (status " + browser.status() + ")"));
    }

    /**
     * "Lost your password?" as a person fills it in: the page opened, the address and the code of
     * the captcha, then "Get a password". Returns the browser on the page that answered
     * ({@code password-reset-sent}, whether or not the address has an account).
     */
    public HttpBrowser askForNewPassword(HttpBrowser browser, String email) {
        browser.open(info.idpUrl() + IdpPaths.PASSWORD_RESET_REQUEST).assertPage("password-reset-request");
        return browser.submit(IdpPaths.PASSWORD_RESET_REQUEST, Map.of("email", email, "captcha", captchaShownTo(browser)));
    }

    /** The code of the captcha the IdP last showed this browser, as a person reads it from the picture. */
    public String captchaShownTo(HttpBrowser browser) {
        return accounts.captchaShownTo(browser.labClientId());
    }

    // ---- the clients underneath, for what the shortcuts above do not cover

    public LabAccountsClient accounts() { return accounts; }
    public LabClockClient clock() { return clock; }
    public LabSupportStaffClient supportStaff() { return supportStaff; }
    public MailApiClient mailApi() { return mail; }
    public SmsApiClient smsApi() { return sms; }
    public EuLoginAppClient appApi() { return app; }

    // ---- reset

    /**
     * The whole lab as it started: no accounts, support staff, sessions, mail, phones, apps or faults,
     * and the lab clock at real time. Fast enough to run before every test.
     *
     * @return how long it took
     */
    public Duration reset() {
        long started = System.nanoTime();
        labReset.reset();
        sms.reset();
        mail.reset();
        mailboxes.clear();
        phones.clear();
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
