package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.Authentication;
import lab.eulogin.idp.accounts.Authentication.Identification;
import lab.eulogin.idp.accounts.Authentication.Outcome;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.signin.LoginFlow;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.Strength;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/login}: the sign-in box. First the e-mail address and NEXT, then the password and
 * "Choose your verification method" (FAQ SIGN-01, SIGN-13); the step is kept in the session, so a
 * reload shows the same step. A browser that signed in before is greeted with "Welcome back" and
 * its address (SIGN-02). A method other than "Password" goes on to its own step once the password
 * is right: the SMS challenge, the mobile app, or the security key.
 */
public final class LoginHandler {
    private final Web web;
    private final Authentication authentication;
    private final AccountRepository accounts;
    private final LoginFlow flow;
    private final SmsSignInHandler smsSignIn;
    private final MobileAppSignIn appSignIn;
    private final SecurityKeySignIn keySignIn;

    public LoginHandler(Web web, Authentication authentication, AccountRepository accounts, LoginFlow flow,
                 SmsSignInHandler smsSignIn, MobileAppSignIn appSignIn, SecurityKeySignIn keySignIn) {
        this.web = web;
        this.authentication = authentication;
        this.accounts = accounts;
        this.flow = flow;
        this.smsSignIn = smsSignIn;
        this.appSignIn = appSignIn;
        this.keySignIn = keySignIn;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        if (!Web.query(exchange, "restart").isEmpty()) {
            // "Sign in with a different e-mail address?": forget the remembered one too.
            session.setPendingEmail(null);
            session.setWelcomeBack(false);
            web.forgetRemembered(exchange);
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        if (flow.begin(exchange, session)) {
            // A service's request answered without the sign-in box: single sign-on, gateway, unknown service.
            return;
        }
        if (session.accountId() != null) {
            // After "Add a mobile device", "Continue" leads here, the welcome screen, saying the app is set up.
            showSignedIn(exchange, session, "device-added".equals(Web.query(exchange, "done")) ? "device-added" : null);
            return;
        }
        if (session.expiredPasswordAccountId() != null) {
            Web.redirect(exchange, Paths.PASSWORD_EXPIRED);
            return;
        }
        String hint = session.loginRequest() == null ? null : session.loginRequest().loginHint();
        if (session.pendingEmail() == null && hint == null) {
            String remembered = Web.rememberedEmail(exchange);
            if (remembered != null && authentication.account(remembered).isPresent()) {
                session.setPendingEmail(remembered);
                session.setWelcomeBack(true);
            }
        }
        if (session.pendingEmail() != null) {
            showPassword(exchange, session, authentication.account(session.pendingEmail()), StatusCodes.OK, null);
        } else {
            // An application's login_hint fills the address in; the person still presses NEXT.
            showIdentifier(exchange, session, StatusCodes.OK, hint == null ? "" : hint, null);
        }
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            showIdentifier(exchange, session, StatusCodes.FORBIDDEN, form.get("username"), "session-expired");
            return;
        }
        if ("password".equals(form.get("step")) && session.pendingEmail() != null) {
            checkPassword(exchange, session, form.get("password"), form.get("method"));
        } else {
            identify(exchange, session, form.get("username"));
        }
    }

    private void identify(HttpServerExchange exchange, BrowserSession session, String typed) {
        String problem = identificationProblem(typed);
        if (problem != null) {
            showIdentifier(exchange, session, StatusCodes.OK, typed, problem);
            return;
        }
        session.setPendingEmail(EmailAddresses.normalise(typed));
        session.setWelcomeBack(false);
        Web.redirect(exchange, Paths.LOGIN);
    }

    /** @return why NEXT cannot go on to the password, or null when it can */
    private String identificationProblem(String typed) {
        if (typed.isBlank()) {
            return "email-required";
        }
        Identification found = authentication.identify(typed);
        if (found instanceof Identification.LegacyUsername) {
            return "legacy-username";
        }
        if (found instanceof Identification.ChangedByOperator) {
            return "address-changed-by-operator";
        }
        if (found instanceof Identification.Found account) {
            return account.account().activated() ? null : "account-not-activated";
        }
        return typed.contains("@") && !EmailAddresses.isValid(EmailAddresses.normalise(typed))
                ? "email-invalid" : "account-unknown";
    }

    /** The account is loaded once here, and handed to every step of this request that needs it. */
    private void checkPassword(HttpServerExchange exchange, BrowserSession session, String password, String chosen) {
        Optional<Account> account = authentication.account(session.pendingEmail());
        Optional<Strength> method = chosenMethod(session, account, chosen);
        if (method.isEmpty()) {
            showPassword(exchange, session, account, StatusCodes.BAD_REQUEST, "method-unavailable");
            return;
        }
        if (password.isEmpty()) {
            showPassword(exchange, session, account, StatusCodes.OK, "password-required");
            return;
        }
        Outcome outcome = account.isEmpty() ? new Outcome.UnknownAccount()
                : authentication.checkPassword(account.get(), password);
        if (outcome instanceof Outcome.Success success) {
            web.remember(exchange, success.account().email());
            if (success.passwordExpired()) {
                session.setExpiredPasswordAccountId(success.account().id());
                session.setPendingEmail(null);
                Web.redirect(exchange, Paths.PASSWORD_EXPIRED);
                return;
            }
            verify(exchange, session, success.account(), method.get());
        } else if (outcome instanceof Outcome.WrongPassword) {
            // Read again: the wrong password was counted, and may have locked the account.
            showPassword(exchange, session, authentication.account(session.pendingEmail()), StatusCodes.OK,
                    "password-incorrect");
        } else if (outcome instanceof Outcome.Locked) {
            showPassword(exchange, session, authentication.account(session.pendingEmail()), StatusCodes.OK,
                    "account-locked");
        } else {
            // The account went away or lost its password between the two steps: start again.
            session.setPendingEmail(null);
            showIdentifier(exchange, session, StatusCodes.OK, "", "account-unknown");
        }
    }

    /**
     * The method picked in the list, or the preselected one when the form has none (a script that
     * posts only the password); the password alone when the list is empty (nothing else would do).
     */
    private Optional<Strength> chosenMethod(BrowserSession session, Optional<Account> account, String chosen) {
        List<Strength> offered = offeredMethods(session, account);
        if (offered.isEmpty()) {
            return Optional.of(Strength.PASSWORD);
        }
        if (chosen.isBlank()) {
            return Optional.of(offered.get(0));
        }
        return offered.stream().filter(m -> m.name().equals(chosen)).findFirst();
    }

    /** The password was right: sign in now, or go on to the second factor of the chosen method. */
    private void verify(HttpServerExchange exchange, BrowserSession session, Account account, Strength method) {
        session.setPendingSmsSignIn(null);
        session.setPendingAppSignIn(null);
        session.setWebAuthnCeremony(null);
        boolean started = switch (method) {
            case PASSWORD -> {
                flow.complete(exchange, session, account);
                yield true;
            }
            case PASSWORD_SMS -> smsSignIn.start(exchange, session, account);
            case PASSWORD_MOBILE_APP -> appSignIn.startPush(exchange, session, account.id(), null);
            case PASSWORD_SOFTWARE_TOKEN -> appSignIn.startQrCode(exchange, session, account.id());
            case PASSWORD_WEBAUTHN -> keySignIn.start(exchange, session, account);
        };
        if (!started) {
            // The phone or device went away since the page was shown.
            showPassword(exchange, session, Optional.of(account), StatusCodes.CONFLICT, "method-unavailable");
        }
    }

    private List<Strength> offeredMethods(BrowserSession session, Optional<Account> account) {
        return account.map(a -> flow.offeredMethods(session, a)).orElse(List.of());
    }

    private void showIdentifier(HttpServerExchange exchange, BrowserSession session, int status, String typed,
                                String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", typed);
        model.put("message", message);
        web.render(exchange, session, status, "login-identifier", model);
    }

    /** @param account the account of the address being signed in to, as this request last read it */
    private void showPassword(HttpServerExchange exchange, BrowserSession session, Optional<Account> account,
                              int status, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", session.pendingEmail());
        model.put("welcomeBack", session.welcomeBack());
        model.put("message", message);
        model.put("methods", offeredMethods(session, account).stream().map(Strength::name).toList());
        account.ifPresent(found -> {
            model.put("selfRegistered", found.kind().selfRegistered());
            flow.smsNoLongerAcceptedSince(session, found.id())
                    .ifPresent(since -> model.put("smsEndedSince", Web.day(since, session.locale())));
            if (authentication.locked(found)) {
                model.put("message", "account-locked");
                model.put("lockedUntil", Web.time(found.lockedUntil(), session.locale()));
            }
        });
        web.render(exchange, session, status, "login-password", model);
    }

    private void showSignedIn(HttpServerExchange exchange, BrowserSession session, String notice) {
        Optional<Account> account = accounts.findById(session.accountId());
        if (account.isEmpty()) {
            session.signOut();
            showIdentifier(exchange, session, StatusCodes.OK, "", null);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("account", account.get());
        model.put("notice", notice);
        web.render(exchange, session, "login-success", model);
    }
}
