package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.Authentication;
import lab.eulogin.idp.accounts.Authentication.Identification;
import lab.eulogin.idp.accounts.Authentication.Outcome;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.protocol.LoginFlow;
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
final class LoginHandler {
    private final Web web;
    private final Authentication authentication;
    private final AccountRepository accounts;
    private final LoginFlow flow;
    private final SmsSignInHandler smsSignIn;
    private final MobileAppSignIn appSignIn;
    private final SecurityKeySignIn keySignIn;

    LoginHandler(Web web, Authentication authentication, AccountRepository accounts, LoginFlow flow,
                 SmsSignInHandler smsSignIn, MobileAppSignIn appSignIn, SecurityKeySignIn keySignIn) {
        this.web = web;
        this.authentication = authentication;
        this.accounts = accounts;
        this.flow = flow;
        this.smsSignIn = smsSignIn;
        this.appSignIn = appSignIn;
        this.keySignIn = keySignIn;
    }

    void get(HttpServerExchange exchange) {
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
            showPassword(exchange, session, StatusCodes.OK, null);
        } else {
            // An application's login_hint fills the address in; the person still presses NEXT.
            showIdentifier(exchange, session, StatusCodes.OK, hint == null ? "" : hint, null);
        }
    }

    void post(HttpServerExchange exchange) {
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

    private void checkPassword(HttpServerExchange exchange, BrowserSession session, String password, String chosen) {
        Optional<Strength> method = chosenMethod(session, chosen);
        if (method.isEmpty()) {
            showPassword(exchange, session, StatusCodes.BAD_REQUEST, "method-unavailable");
            return;
        }
        if (password.isEmpty()) {
            showPassword(exchange, session, StatusCodes.OK, "password-required");
            return;
        }
        Outcome outcome = authentication.checkPassword(session.pendingEmail(), password);
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
            showPassword(exchange, session, StatusCodes.OK, "password-incorrect");
        } else if (outcome instanceof Outcome.Locked) {
            showPassword(exchange, session, StatusCodes.OK, "account-locked");
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
    private Optional<Strength> chosenMethod(BrowserSession session, String chosen) {
        List<Strength> offered = offeredMethods(session);
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
                flow.complete(exchange, web.signIn(exchange, session, account.id()), afterSignIn(session));
                yield true;
            }
            case PASSWORD_SMS -> smsSignIn.start(exchange, session, account);
            case PASSWORD_MOBILE_APP -> appSignIn.startPush(exchange, session, account.id(), null);
            case PASSWORD_SOFTWARE_TOKEN -> appSignIn.startQrCode(exchange, session, account.id());
            case PASSWORD_WEBAUTHN -> keySignIn.start(exchange, session, account);
        };
        if (!started) {
            // The phone or device went away since the page was shown.
            showPassword(exchange, session, StatusCodes.CONFLICT, "method-unavailable");
        }
    }

    private List<Strength> offeredMethods(BrowserSession session) {
        return authentication.account(session.pendingEmail())
                .map(account -> flow.offeredMethods(session, account.id()))
                .orElse(List.of());
    }

    /** Where a fresh sign-in goes: back to the page that asked for it, else "Successful login". */
    static String afterSignIn(BrowserSession before) {
        String returnTo = before.returnTo();
        return returnTo != null && returnTo.startsWith("/cas/") ? returnTo : Paths.LOGIN;
    }

    private void showIdentifier(HttpServerExchange exchange, BrowserSession session, int status, String typed,
                                String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", typed);
        model.put("message", message);
        web.render(exchange, session, status, "login-identifier", model);
    }

    private void showPassword(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", session.pendingEmail());
        model.put("welcomeBack", session.welcomeBack());
        model.put("message", message);
        model.put("methods", offeredMethods(session).stream().map(Strength::name).toList());
        authentication.account(session.pendingEmail()).ifPresent(account -> {
            model.put("selfRegistered", account.kind().selfRegistered());
            flow.smsNoLongerAcceptedSince(session, account.id())
                    .ifPresent(since -> model.put("smsEndedSince", Web.day(since, session.locale())));
            if (authentication.locked(account)) {
                model.put("message", "account-locked");
                model.put("lockedUntil", Web.time(account.lockedUntil()));
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
