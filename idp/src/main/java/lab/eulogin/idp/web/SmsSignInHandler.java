package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.phones.ChallengePurpose;
import lab.eulogin.idp.phones.MobilePhone;
import lab.eulogin.idp.phones.PendingSmsSignIn;
import lab.eulogin.idp.phones.PhoneMessages;
import lab.eulogin.idp.phones.PhoneNumbers;
import lab.eulogin.idp.phones.PhoneRepository;
import lab.eulogin.idp.phones.SmsChallenges;
import lab.eulogin.idp.signin.LoginFlow;
import lab.eulogin.idp.sessions.AuthenticationFactor;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.Strength;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /cas/login/sms}: the step of "Mobile Phone + SMS" after the password (FAQ SMS-03). A
 * challenge goes to a registered number; the "SMS text challenge" typed here completes the sign-in.
 * "Send a new code" may go to another registered number, within the rate limits (SMS-06).
 */
public final class SmsSignInHandler {
    private final Web web;
    private final AccountRepository accounts;
    private final PhoneRepository phones;
    private final SmsChallenges challenges;
    private final LoginFlow flow;

    public SmsSignInHandler(Web web, AccountRepository accounts, PhoneRepository phones, SmsChallenges challenges,
                     LoginFlow flow) {
        this.web = web;
        this.accounts = accounts;
        this.phones = phones;
        this.challenges = challenges;
        this.flow = flow;
    }

    /**
     * After a good password with "Mobile Phone + SMS": sends a code to the account's first number.
     *
     * @return false, with nothing sent, when the account has no number
     */
    boolean start(HttpServerExchange exchange, BrowserSession session, Account account) {
        List<MobilePhone> registered = phones.of(account.id());
        if (registered.isEmpty()) {
            return false;
        }
        send(exchange, session, account, registered.get(0).number());
        return true;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        PendingSmsSignIn pending = session.pendingSmsSignIn();
        if (pending == null) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        session.setPendingSmsSignIn(pending.shown());
        show(exchange, session, pending, StatusCodes.OK, null);
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        PendingSmsSignIn pending = session.pendingSmsSignIn();
        if (pending == null) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            show(exchange, session, pending, StatusCodes.FORBIDDEN, "session-expired");
            return;
        }
        Account account = accounts.findById(pending.accountId()).orElse(null);
        if (account == null) {
            session.setPendingSmsSignIn(null);
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        if (form.checked("resend")) {
            // The number typed as the FAQ says: registered, with + and the country code, no punctuation.
            PhoneNumbers.Parsed number = PhoneNumbers.parse(form.get("mobilePhone"));
            if (!number.ok()) {
                showPhoneProblem(exchange, session, pending, form.get("mobilePhone"), number.problem());
            } else if (phones.of(account.id()).stream().noneMatch(phone -> phone.number().equals(number.e164()))) {
                showPhoneProblem(exchange, session, pending, form.get("mobilePhone"), "phone-not-found");
            } else {
                send(exchange, session, account, number.e164());
            }
            return;
        }
        String typed = form.get("challenge");
        if (typed.isBlank()) {
            show(exchange, session, pending, StatusCodes.BAD_REQUEST, "challenge-required");
            return;
        }
        SmsChallenges.Checked checked = challenges.check(account.id(), ChallengePurpose.SIGN_IN, typed);
        if (checked instanceof SmsChallenges.Checked.Accepted accepted) {
            session.setPendingSmsSignIn(null);
            flow.complete(exchange, session, account, Strength.PASSWORD_SMS,
                    AuthenticationFactor.mobilePhone(accepted.number()));
        } else {
            show(exchange, session, pending, StatusCodes.BAD_REQUEST, MobilePhonesHandler.checkProblem(checked));
        }
    }

    private void send(HttpServerExchange exchange, BrowserSession session, Account account, String number) {
        SmsChallenges.Sent sent = challenges.send(account.id(), number, ChallengePurpose.SIGN_IN, web.client(exchange),
                code -> PhoneMessages.text(ChallengePurpose.SIGN_IN, account.emailLanguage(), code,
                        challenges.policy().challengeValidity()));
        String notice = sent instanceof SmsChallenges.Sent.Ok ? "code-sent" : MobilePhonesHandler.sendProblem(sent);
        session.setPendingSmsSignIn(new PendingSmsSignIn(account.id(), number, notice));
        Web.redirect(exchange, Paths.LOGIN_SMS);
    }

    private void showPhoneProblem(HttpServerExchange exchange, BrowserSession session, PendingSmsSignIn pending,
                                  String typed, String problem) {
        // What was typed stays in the field, to be corrected.
        render(exchange, session, pending, StatusCodes.BAD_REQUEST, Map.of("phoneError", problem, "numberTyped", typed));
    }

    private void show(HttpServerExchange exchange, BrowserSession session, PendingSmsSignIn pending, int status,
                      String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        render(exchange, session, pending, status, model);
    }

    private void render(HttpServerExchange exchange, BrowserSession session, PendingSmsSignIn pending, int status,
                        Map<String, Object> errors) {
        Map<String, Object> model = new HashMap<>(errors);
        model.put("numberShown", PhoneNumbers.display(pending.number()));
        model.put("notice", pending.notice());
        model.put("validityMinutes", challenges.policy().challengeValidity().toMinutes());
        web.render(exchange, session, status, "login-sms", model);
    }
}
