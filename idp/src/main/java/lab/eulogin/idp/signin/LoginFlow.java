package lab.eulogin.idp.signin;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.AuthenticationFactor;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.LoginRequest;
import lab.eulogin.idp.sessions.SignInAnswer;
import lab.eulogin.idp.sessions.SsoSession;
import lab.eulogin.idp.sessions.SsoSessionStore;
import lab.eulogin.idp.sessions.Strength;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The sign-in behind {@code /cas/login}, shared by CAS, OpenID Connect and the sign-in pages: what a
 * CAS service asked for ({@code service}, {@code renew},
 * {@code gateway}, {@code authenticationLevel}), single sign-on behind the ticket-granting cookie,
 * and the service ticket at the end. OpenID Connect's requests come in through {@link #arrive} and
 * go the same way; only their answer differs (a {@link SignInAnswer}: ticket or code).
 *
 * <p>The sign-in box itself stays in the login pages: {@link #begin} runs before them and answers
 * when no password is needed; {@link #offeredMethods} fills its "Choose your verification method";
 * {@link #complete} runs once the chosen method is done: after the password, or after the SMS or
 * mobile-app step that followed it.
 *
 * <p>What the account's owner chose in "Configure my account" is applied here, for CAS and OpenID
 * Connect alike: "Warn me each time an application asks for my identity" stops a single sign-on
 * answer at {@link Paths#LOGIN_IDENTITY_REQUEST}; "View my EU Login account details after logging me
 * in" shows {@link Paths#ACCOUNT_DETAILS} after a sign-in; "Always require multi-factor
 * authentication" makes MEDIUM this account's own least level.
 */
public final class LoginFlow {
    /** The ticket-granting cookie: the browser's single sign-on, gone when the browser closes (FAQ SIGN-08). */
    public static final String TGC_COOKIE = "CASTGC";
    private static final String[] LOGIN_PARAMETERS = {"service", "renew", "gateway", "authenticationLevel"};

    private final Web web;
    private final ServiceRegistry registry;
    private final SsoSessionStore ssoSessions;
    private final BiFunction<String, String, SignInAnswer> ticketAnswer;
    private final AccountRepository accounts;
    private final AccountMethods methods;
    private final Clock clock;

    /**
     * @param ticketAnswer CAS's answer to a service that asked (its address and its registered id):
     *                     a service ticket on that address
     */
    public LoginFlow(Web web, ServiceRegistry registry, SsoSessionStore ssoSessions,
                     BiFunction<String, String, SignInAnswer> ticketAnswer,
                     AccountRepository accounts, AccountMethods methods, Clock clock) {
        this.web = web;
        this.registry = registry;
        this.ssoSessions = ssoSessions;
        this.ticketAnswer = ticketAnswer;
        this.accounts = accounts;
        this.methods = methods;
        this.clock = clock;
    }

    /**
     * GET {@code /cas/login}, before the sign-in box: takes in what a service asks, and answers
     * itself when it can (a ticket from single sign-on, gateway, an unknown service, the second
     * factor step).
     *
     * @return true when it answered; false to let the sign-in box show
     */
    public boolean begin(HttpServerExchange exchange, BrowserSession session) {
        if (!Web.query(exchange, "cancel").isEmpty()) {
            session.setLoginRequest(null);
            Web.redirect(exchange, Paths.LOGIN);
            return true;
        }
        boolean arriving = false;
        for (String name : LOGIN_PARAMETERS) {
            arriving |= exchange.getQueryParameters().containsKey(name);
        }
        if (arriving && !takeRequest(exchange, session)) {
            return true;
        }
        return proceed(exchange, session, arriving);
    }

    /**
     * An application's request taken in by its own protocol's endpoint (OpenID Connect's authorize):
     * answered here when no page is needed, as CAS's are.
     *
     * @return true when it answered; false when the sign-in box must show (at {@link Paths#LOGIN})
     */
    public boolean arrive(HttpServerExchange exchange, BrowserSession session, LoginRequest request) {
        session.setLoginRequest(request);
        if (request.loginHint() != null && session.accountId() == null && currentSso(exchange, session).isEmpty()) {
            session.setPendingEmail(null);
            session.setWelcomeBack(false);
        }
        return proceed(exchange, session, true);
    }

    private boolean proceed(HttpServerExchange exchange, BrowserSession session, boolean arriving) {
        Optional<SsoSession> sso = currentSso(exchange, session);
        LoginRequest request = session.loginRequest();
        if (request == null || !request.hasService()) {
            if (request != null && request.renew()) {
                askForPassword(session, sso, arriving);
            }
            session.setLoginRequest(null);
            return false;
        }
        RegisteredService service = registry.byId(request.serviceId()).orElseThrow();
        Optional<Account> signedIn = sso.filter(s -> !mustSignInAgain(request, service, s))
                .flatMap(s -> accounts.findById(s.accountId()));
        if (signedIn.isPresent()) {
            Account account = signedIn.get();
            if (ticketOrGateway(exchange, session, sso.get(), request, service, account)) {
                return true;
            }
            if (offeredMethods(session, account).isEmpty()) {
                // Nothing the account has would do: say which methods the service takes (FAQ SMS-08).
                showSecondFactorRequired(exchange, session, account);
                return true;
            }
            // A stronger sign-in than this one: the sign-in box again, with the methods that reach the level.
            askForPassword(session, sso, true);
            return false;
        }
        if (request.gateway() && !request.renew()) {
            // Gateway: no page may show; back to the service without a ticket.
            session.setLoginRequest(null);
            Web.redirect(exchange, request.answer().notSignedIn());
            return true;
        }
        askForPassword(session, sso, arriving);
        return false;
    }

    /**
     * After a good password with the method "Password": see {@link #complete(HttpServerExchange, BrowserSession,
     * Account, Strength, AuthenticationFactor)}.
     */
    public void complete(HttpServerExchange exchange, BrowserSession session, Account account) {
        complete(exchange, session, account, Strength.PASSWORD, null);
    }

    /**
     * For a step that knows the account only by its id: loads it, then see {@link #complete(HttpServerExchange,
     * BrowserSession, Account, Strength, AuthenticationFactor)}.
     */
    public void complete(HttpServerExchange exchange, BrowserSession session, long accountId, Strength strength,
                         AuthenticationFactor factor) {
        complete(exchange, session, accounts.findById(accountId).orElseThrow(), strength, factor);
    }

    /**
     * Once the chosen method is done, the one way every sign-in ends (the password step, the expired
     * password's change, the SMS, the app, the security key): the browser gets a new session signed in
     * to the account (so an id planted before cannot ride along), the single sign-on opens at the
     * method's strength, the method is remembered for the next time (FAQ SIGN-13); then the browser
     * goes to the service with a ticket, to the second factor step when the service needs more, or
     * back to the page that sent it to sign in ("Successful login" when none did).
     *
     * @param session the browser session before the sign-in (with the login request to carry over)
     * @param account the account that proved itself, as the step loaded it
     * @param factor  the phone, device or key of a second factor; null for the password alone
     */
    public void complete(HttpServerExchange exchange, BrowserSession session, Account account, Strength strength,
                         AuthenticationFactor factor) {
        if (strength == Strength.PASSWORD && ownLevel(account) != AuthenticationLevel.BASIC
                && !offeredMethods(session, account).isEmpty()) {
            // "Always require multi-factor authentication": the password alone (an expired one just
            // changed) signs nobody in; the sign-in box asks again, offering the second factors.
            session.setExpiredPasswordAccountId(null);
            session.setPendingEmail(account.email());
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        String noService = afterSignIn(session);
        BrowserSession signedIn = web.signIn(exchange, session, account.id());
        Cookie previous = exchange.getRequestCookie(TGC_COOKIE);
        if (previous != null) {
            ssoSessions.remove(previous.getValue());
        }
        SsoSession sso = ssoSessions.create(account.id(), AuthenticationFactor.moniker(account.email()));
        if (strength != Strength.PASSWORD) {
            sso = sso.stepUp(strength, factor, clock.instant());
            ssoSessions.update(sso);
        }
        accounts.setLastMethod(account.id(), strength.name());
        exchange.setResponseCookie(web.cookie(TGC_COOKIE, sso.id()));
        if (account.settings().detailsAfterSignIn() && signedInFully(signedIn, sso, account)) {
            // "View my EU Login account details after logging me in": the details first, their
            // "Continue" then goes where the sign-in was going (the answer is made only then).
            LoginRequest request = signedIn.loginRequest();
            boolean toService = request != null && request.hasService();
            if (!toService) {
                signedIn.setLoginRequest(null);
            }
            signedIn.setContinueTo(toService ? Paths.LOGIN : noService);
            Web.redirect(exchange, Paths.ACCOUNT_DETAILS);
            return;
        }
        continueWith(exchange, signedIn, sso, noService, account);
    }

    /** Whether this sign-in is all the pending request needs: no second factor step is still to come. */
    private boolean signedInFully(BrowserSession session, SsoSession sso, Account account) {
        LoginRequest request = session.loginRequest();
        if (request == null || !request.hasService()) {
            return true;
        }
        RegisteredService service = registry.byId(request.serviceId()).orElseThrow();
        return strongEnoughFor(sso, service, requiredLevel(request, service, ownLevel(account)));
    }

    /** Where a fresh sign-in goes when no service asked: back to the page that asked for it, else "Successful login". */
    private static String afterSignIn(BrowserSession before) {
        String returnTo = before.returnTo();
        return returnTo != null && returnTo.startsWith("/cas/") ? returnTo : Paths.LOGIN;
    }

    /**
     * "Choose your verification method": the methods this account has that the pending request
     * accepts, the one used last first (FAQ SIGN-13). Empty when none of them reaches the level.
     *
     * @param account as the step has just loaded it, with the method of its last sign-in
     */
    public List<Strength> offeredMethods(BrowserSession session, Account account) {
        Set<Strength> has = methods.of(account.id());
        List<Strength> offered = new ArrayList<>(requirements(session, ownLevel(account, has)).methods().stream()
                .filter(has::contains).toList());
        Optional.ofNullable(account.lastMethod()).map(Strength::valueOf).filter(offered::remove)
                .ifPresent(last -> offered.add(0, last));
        return offered;
    }

    /**
     * "Always require multi-factor authentication": MEDIUM at least for this account, whatever the
     * service asks, while it has a second factor to use. Without one (after PANIC, say) the password
     * signs in again, as PANIC's page promises: the option cannot lock its owner out for good.
     */
    private AuthenticationLevel ownLevel(Account account) {
        return account.settings().alwaysMultiFactor() ? ownLevel(account, methods.of(account.id())) : AuthenticationLevel.BASIC;
    }

    private static AuthenticationLevel ownLevel(Account account, Set<Strength> has) {
        return account.settings().alwaysMultiFactor() && AccountMethods.includeSecondFactor(has)
                ? AuthenticationLevel.MEDIUM : AuthenticationLevel.BASIC;
    }

    /**
     * The day from which the service asking no longer takes "Mobile Phone + SMS", when this
     * account has a number it could have used (FAQ SMS-07): the pages say why the method is gone.
     * Empty otherwise.
     */
    public Optional<LocalDate> smsNoLongerAcceptedSince(BrowserSession session, long accountId) {
        LocalDate last = requirements(session, AuthenticationLevel.BASIC).smsLastAccepted();
        return last != null && methods.of(accountId).contains(Strength.PASSWORD_SMS)
                ? Optional.of(last.plusDays(1)) : Optional.empty();
    }

    /**
     * What the pending sign-in of this browser needs; for the verification method choice (FAQ SIGN-13).
     *
     * @param own the account's own least level ({@link #ownLevel})
     */
    private LoginRequirements requirements(BrowserSession session, AuthenticationLevel own) {
        LoginRequest request = session.loginRequest();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (request == null || !request.hasService()) {
            return new LoginRequirements(null, own,
                    Arrays.stream(Strength.values()).filter(m -> m.level().satisfies(own)).toList());
        }
        RegisteredService service = registry.byId(request.serviceId()).orElseThrow();
        AuthenticationLevel level = requiredLevel(request, service, own);
        return new LoginRequirements(service.name(), level, service.methodsReaching(level, today),
                service.smsEndedBy(today) ? service.smsRefusedAfter() : null);
    }

    /** The single sign-on of this browser, if it has a live one. */
    public Optional<SsoSession> sso(HttpServerExchange exchange) {
        Cookie cookie = exchange.getRequestCookie(TGC_COOKIE);
        return cookie == null ? Optional.empty() : ssoSessions.find(cookie.getValue());
    }

    /**
     * Logging out, by CAS or OpenID Connect: ends the single sign-on (for every application, whatever
     * its protocol), the browser's sign-in and any pending request.
     */
    public void signOut(HttpServerExchange exchange, BrowserSession session) {
        endSso(exchange);
        web.signOut(exchange, session);
        session.signOut();
        session.setLoginRequest(null);
    }

    /** Ends the account's single sign-on in every browser but this exchange's. */
    public void endOtherSso(HttpServerExchange exchange, long accountId) {
        Cookie cookie = exchange.getRequestCookie(TGC_COOKIE);
        ssoSessions.removeAllOf(accountId, cookie == null ? null : cookie.getValue());
    }

    /** Ends the browser's single sign-on, as logging out does. */
    public void endSso(HttpServerExchange exchange) {
        Cookie cookie = exchange.getRequestCookie(TGC_COOKIE);
        if (cookie != null) {
            ssoSessions.remove(cookie.getValue());
            exchange.setResponseCookie(web.cookie(TGC_COOKIE, "").setMaxAge(0));
        }
    }

    private void continueWith(HttpServerExchange exchange, BrowserSession session, SsoSession sso, String noService,
                              Account account) {
        LoginRequest request = session.loginRequest();
        if (request == null || !request.hasService()) {
            session.setLoginRequest(null);
            Web.redirect(exchange, noService);
            return;
        }
        RegisteredService service = registry.byId(request.serviceId()).orElseThrow();
        if (!ticketOrGateway(exchange, session, sso, request, service, account)) {
            // The second factor step is a page of /cas/login, shown after this redirect.
            Web.redirect(exchange, Paths.LOGIN);
        }
    }

    /** Reads the parameters into the session; false when it answered with a page saying what is wrong. */
    private boolean takeRequest(HttpServerExchange exchange, BrowserSession session) {
        session.setLoginRequest(null);
        String service = Web.query(exchange, "service");
        String levelText = Web.query(exchange, "authenticationLevel");
        Optional<AuthenticationLevel> level = levelText.isEmpty()
                ? Optional.of(AuthenticationLevel.BASIC) : AuthenticationLevel.parse(levelText);
        if (level.isEmpty()) {
            web.render(exchange, session, StatusCodes.BAD_REQUEST, "login-request-invalid",
                    Map.of("message", "authentication-level-invalid", "value", levelText));
            return false;
        }
        boolean renew = Web.flag(Web.query(exchange, "renew"));
        boolean gateway = Web.flag(Web.query(exchange, "gateway"));
        if (service.isEmpty()) {
            session.setLoginRequest(new LoginRequest(null, null, null, renew, gateway, level.get(), clock.instant(),
                    null, null));
            return true;
        }
        Optional<RegisteredService> registered = registry.find(service);
        if (registered.isEmpty()) {
            // Never a redirect to an address no service claims (FAQ SIGN-10).
            web.render(exchange, session, StatusCodes.BAD_REQUEST, "service-unknown", Map.of("service", service));
            return false;
        }
        session.setLoginRequest(new LoginRequest(service, registered.get().id(), registered.get().name(),
                renew, gateway, level.get(), clock.instant(), null,
                ticketAnswer.apply(service, registered.get().id())));
        return true;
    }

    /** The live single sign-on; one that ended also ends the sign-in of the browser session. */
    private Optional<SsoSession> currentSso(HttpServerExchange exchange, BrowserSession session) {
        Cookie cookie = exchange.getRequestCookie(TGC_COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        Optional<SsoSession> sso = ssoSessions.find(cookie.getValue());
        if (sso.isEmpty()) {
            exchange.setResponseCookie(web.cookie(TGC_COOKIE, "").setMaxAge(0));
            if (session.accountId() != null) {
                session.signOut();
            }
        }
        return sso;
    }

    /** {@code renew}, or a service that always asks again (FAQ SIGN-09): a password typed after the request. */
    private static boolean mustSignInAgain(LoginRequest request, RegisteredService service, SsoSession sso) {
        return (request.renew() || service.alwaysAskAgain()) && !sso.authenticatedAt().isAfter(request.requestedAt());
    }

    /**
     * Sends the browser back to the service, with a ticket when the sign-in is strong enough; false
     * when it is not. A person who asked to be warned is asked first when nothing was typed for this request.
     */
    private boolean ticketOrGateway(HttpServerExchange exchange, BrowserSession session, SsoSession sso,
                                    LoginRequest request, RegisteredService service, Account account) {
        if (strongEnoughFor(sso, service, requiredLevel(request, service, ownLevel(account)))) {
            if (fromSso(sso, request) && account.settings().warnWhenIdentityAsked()) {
                if (request.gateway()) {
                    // No page may show (gateway=true, prompt=none), and this person wants to be asked
                    // before an application learns who they are: answered as if not signed in.
                    session.setLoginRequest(null);
                    Web.redirect(exchange, request.answer().notSignedIn());
                } else {
                    Web.redirect(exchange, Paths.LOGIN_IDENTITY_REQUEST);
                }
                return true;
            }
            answer(exchange, session, sso, request);
            return true;
        }
        if (request.gateway()) {
            session.setLoginRequest(null);
            Web.redirect(exchange, request.answer().notSignedIn());
            return true;
        }
        return false;
    }

    /**
     * The level, reached by a method the service takes today: a single sign-on proved by SMS does
     * not open a service that no longer takes SMS (FAQ SMS-07, SIGN-14); the second factor is asked.
     */
    private boolean strongEnoughFor(SsoSession sso, RegisteredService service, AuthenticationLevel required) {
        if (!sso.level().satisfies(required)) {
            return false;
        }
        if (required == AuthenticationLevel.BASIC) {
            return true;
        }
        List<Strength> accepted = service.methodsReaching(required, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return sso.strengths().stream().anyMatch(accepted::contains);
    }

    private void answer(HttpServerExchange exchange, BrowserSession session, SsoSession sso, LoginRequest request) {
        String answer = request.answer().signedIn(sso, fromSso(sso, request));
        session.setLoginRequest(null);
        session.setContinueTo(null);
        Web.redirect(exchange, answer);
    }

    /** sso=true when nothing was typed for this request: the sign-in is older than the request. */
    private static boolean fromSso(SsoSession sso, LoginRequest request) {
        return !sso.authenticatedAt().isAfter(request.requestedAt());
    }

    /**
     * The request this browser's single sign-on would answer now, without a page: what "Warn me each
     * time an application asks for my identity" asks about. Empty when no application waits, or
     * when it needs a sign-in first.
     */
    public Optional<LoginRequest> identityAskedBy(HttpServerExchange exchange, BrowserSession session) {
        return answerable(exchange, session).map(Answerable::request);
    }

    /**
     * "Continue" on that question: the application gets its ticket or code from single sign-on, as
     * it would have without the option. Anything else (another application asks now, the single
     * sign-on ended) goes back to the sign-in, which asks again or asks for the password.
     *
     * @param service the address the question was about, as its form sent it back
     */
    public void confirmIdentity(HttpServerExchange exchange, BrowserSession session, String service) {
        Optional<Answerable> ready = answerable(exchange, session)
                .filter(found -> found.request().service().equals(service));
        if (ready.isEmpty()) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        answer(exchange, session, ready.get().sso(), ready.get().request());
    }

    /**
     * "Cancel" on that question: the application hears nothing, the single sign-on stays.
     *
     * @return the name of the application that was waiting, if one was
     */
    public Optional<String> withholdIdentity(BrowserSession session) {
        LoginRequest request = session.loginRequest();
        session.setLoginRequest(null);
        return request == null || !request.hasService() ? Optional.empty() : Optional.ofNullable(request.serviceName());
    }

    private record Answerable(SsoSession sso, LoginRequest request) {
    }

    private Optional<Answerable> answerable(HttpServerExchange exchange, BrowserSession session) {
        LoginRequest request = session.loginRequest();
        Optional<SsoSession> sso = currentSso(exchange, session);
        if (request == null || !request.hasService() || sso.isEmpty()) {
            return Optional.empty();
        }
        RegisteredService service = registry.byId(request.serviceId()).orElseThrow();
        if (mustSignInAgain(request, service, sso.get())) {
            return Optional.empty();
        }
        return accounts.findById(sso.get().accountId())
                .filter(account -> strongEnoughFor(sso.get(), service, requiredLevel(request, service, ownLevel(account))))
                .map(account -> new Answerable(sso.get(), request));
    }

    /** The service's level, more if the request asked for more, more if the account always wants a second factor. */
    private static AuthenticationLevel requiredLevel(LoginRequest request, RegisteredService service,
                                                     AuthenticationLevel own) {
        return AuthenticationLevel.strongest(AuthenticationLevel.strongest(service.level(), request.level()), own);
    }

    /**
     * The password must be typed (again): the sign-in box asks it of whoever is signed in, with
     * the address filled in as the service arrives; later, "a different e-mail address" stays possible.
     * An application that names someone else (OIDC's hints) gets the box for that address instead.
     */
    private void askForPassword(BrowserSession session, Optional<SsoSession> sso, boolean arriving) {
        Long signedIn = session.accountId();
        if (signedIn != null) {
            session.signOut();
        }
        Long accountId = signedIn != null ? signedIn : arriving ? sso.map(SsoSession::accountId).orElse(null) : null;
        String hint = session.loginRequest() == null ? null : session.loginRequest().loginHint();
        if (accountId != null && session.pendingEmail() == null) {
            accounts.findById(accountId).filter(account -> hint == null || hint.equals(account.email()))
                    .ifPresent(account -> session.setPendingEmail(account.email()));
        }
    }

    /**
     * "This service needs a second factor": which methods it accepts, and how to add one of those
     * (FAQ SIGN-13, SMS-07, SMS-08): a phone number only where SMS is accepted, the app where it is,
     * a security key or trusted platform where that is (APP-09). When it is the account's own
     * "Always require multi-factor authentication" that asks for more than the application does,
     * the page says so, and where to untick it, rather than blame the application.
     */
    private void showSecondFactorRequired(HttpServerExchange exchange, BrowserSession session, Account account) {
        AuthenticationLevel own = ownLevel(account);
        LoginRequirements needs = requirements(session, own);
        Map<String, Object> model = new HashMap<>();
        model.put("ownSetting", own != AuthenticationLevel.BASIC
                && requirements(session, AuthenticationLevel.BASIC).accepts(Strength.PASSWORD));
        model.put("serviceName", needs.serviceName());
        model.put("level", needs.level().name());
        model.put("methods", needs.methods().stream().map(Strength::name).toList());
        model.put("smsAccepted", needs.accepts(Strength.PASSWORD_SMS));
        model.put("appAccepted", needs.acceptsTheApp());
        model.put("keyAccepted", needs.accepts(Strength.PASSWORD_WEBAUTHN));
        smsNoLongerAcceptedSince(session, account.id())
                .ifPresent(since -> model.put("smsEndedSince", Web.day(since, session.locale())));
        web.render(exchange, session, "second-factor-required", model);
    }
}
