package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.SecurityChange;
import lab.eulogin.idp.accounts.SecurityNotices;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.phones.ChallengePurpose;
import lab.eulogin.idp.phones.MobilePhone;
import lab.eulogin.idp.phones.PhoneMessages;
import lab.eulogin.idp.phones.PhoneNumbers;
import lab.eulogin.idp.phones.PhoneRepository;
import lab.eulogin.idp.phones.SmsChallenges;
import lab.eulogin.idp.sessions.BrowserSession;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * "Manage my mobile phone numbers" in My Account (FAQ SMS-02, SMS-05): the list; "Delete a mobile
 * phone number": choose one, "Delete"; and
 * "Add a mobile phone number": the number, "Add", the "Text message challenge code", "Finalise".
 */
public final class MobilePhonesHandler {
    private final Web web;
    private final AccountRepository accounts;
    private final PhoneRepository phones;
    private final SmsChallenges challenges;
    private final Clock clock;
    private final SecurityNotices notices;

    public MobilePhonesHandler(Web web, AccountRepository accounts, PhoneRepository phones, SmsChallenges challenges,
                        Clock clock, SecurityNotices notices) {
        this.notices = notices;
        this.web = web;
        this.accounts = accounts;
        this.phones = phones;
        this.challenges = challenges;
        this.clock = clock;
    }

    public void list(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.MOBILE_PHONES);
        if (session != null) {
            showList(exchange, session, StatusCodes.OK, Web.query(exchange, "done").isEmpty() ? null : "account-updated");
        }
    }

    /** "Delete a mobile phone number": the numbers to choose from (FAQ SMS-05's "on-screen instructions"). */
    public void deleteForm(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.DELETE_MOBILE_PHONE);
        if (session != null) {
            showDelete(exchange, session, StatusCodes.OK, null);
        }
    }

    /** "Delete" on that page, for the number chosen. */
    public void delete(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.DELETE_MOBILE_PHONE);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            showDelete(exchange, session, StatusCodes.FORBIDDEN, "session-expired");
            return;
        }
        if (form.get("phone").isBlank()) {
            showDelete(exchange, session, StatusCodes.BAD_REQUEST, "phone-choose");
            return;
        }
        OptionalLong id = form.id("phone");
        if (id.isEmpty()) {
            showDelete(exchange, session, StatusCodes.BAD_REQUEST, "phone-not-found");
            return;
        }
        Optional<MobilePhone> phone = phones.of(session.accountId()).stream()
                .filter(p -> p.id() == id.getAsLong()).findFirst();
        if (phone.isEmpty() || !phones.delete(session.accountId(), id.getAsLong())) {
            showDelete(exchange, session, StatusCodes.NOT_FOUND, "phone-not-found");
            return;
        }
        notices.tell(session.accountId(), SecurityChange.mobilePhoneDeleted(PhoneNumbers.masked(phone.get().number())));
        Web.redirect(exchange, Paths.MOBILE_PHONES + "?done=1");
    }

    public void addForm(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.ADD_MOBILE_PHONE);
        if (session != null) {
            session.setPendingPhone(null);
            showNumber(exchange, session, StatusCodes.OK, "", null);
        }
    }

    public void add(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.ADD_MOBILE_PHONE);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            showNumber(exchange, session, StatusCodes.FORBIDDEN, form.get("mobilePhone"), "session-expired");
            return;
        }
        Account account = accounts.findById(session.accountId()).orElseThrow();
        if ("code".equals(form.get("step")) && session.pendingPhone() != null) {
            if (form.checked("resend")) {
                sendChallenge(exchange, session, account, session.pendingPhone(), form.get("mobilePhone"));
            } else {
                checkCode(exchange, session, account, form.get("challenge"));
            }
            return;
        }
        PhoneNumbers.Parsed parsed = PhoneNumbers.parse(form.get("mobilePhone"));
        if (!parsed.ok()) {
            showNumber(exchange, session, StatusCodes.BAD_REQUEST, form.get("mobilePhone"), parsed.problem());
            return;
        }
        sendChallenge(exchange, session, account, parsed.e164(), form.get("mobilePhone"));
    }

    private void sendChallenge(HttpServerExchange exchange, BrowserSession session, Account account, String number,
                               String typed) {
        SmsChallenges.Sent sent = challenges.send(account.id(), number, ChallengePurpose.ADD_PHONE, web.client(exchange),
                code -> PhoneMessages.text(ChallengePurpose.ADD_PHONE, account.emailLanguage(), code,
                        challenges.policy().challengeValidity()));
        if (sent instanceof SmsChallenges.Sent.Ok) {
            session.setPendingPhone(number);
            showChallenge(exchange, session, StatusCodes.OK, null, "code-sent");
        } else if (session.pendingPhone() != null && number.equals(session.pendingPhone())) {
            showChallenge(exchange, session, StatusCodes.TOO_MANY_REQUESTS, sendProblem(sent), null);
        } else {
            showNumber(exchange, session, StatusCodes.SERVICE_UNAVAILABLE, typed, sendProblem(sent));
        }
    }

    private void checkCode(HttpServerExchange exchange, BrowserSession session, Account account, String typed) {
        if (typed.isBlank()) {
            showChallenge(exchange, session, StatusCodes.BAD_REQUEST, "challenge-required", null);
            return;
        }
        SmsChallenges.Checked checked = challenges.check(account.id(), ChallengePurpose.ADD_PHONE, typed);
        if (checked instanceof SmsChallenges.Checked.Accepted accepted) {
            phones.add(account.id(), accepted.number(), clock.instant());
            notices.tell(account.id(), SecurityChange.mobilePhoneAdded(PhoneNumbers.masked(accepted.number())));
            session.setPendingPhone(null);
            Web.redirect(exchange, Paths.MOBILE_PHONES + "?done=1");
        } else {
            showChallenge(exchange, session, StatusCodes.BAD_REQUEST, checkProblem(checked), null);
        }
    }

    static String sendProblem(SmsChallenges.Sent sent) {
        return sent instanceof SmsChallenges.Sent.TooSoon ? "sms-too-soon"
                : sent instanceof SmsChallenges.Sent.TooMany ? "sms-too-many"
                : "sms-gateway-failed";
    }

    static String checkProblem(SmsChallenges.Checked checked) {
        return checked instanceof SmsChallenges.Checked.Wrong wrong && wrong.triesLeft() > 0 ? "challenge-wrong"
                : checked instanceof SmsChallenges.Checked.Expired ? "challenge-expired"
                : "challenge-no-more-tries";
    }

    private void showList(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("phones", phones.of(session.accountId()));
        model.put("message", message);
        web.render(exchange, session, status, "mobile-phones", model);
    }

    private void showDelete(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("phones", phones.of(session.accountId()));
        model.put("message", message);
        web.render(exchange, session, status, "delete-mobile-phone", model);
    }

    private void showNumber(HttpServerExchange exchange, BrowserSession session, int status, String typed, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("mobilePhone", typed);
        model.put("error", error);
        web.render(exchange, session, status, "add-mobile-phone", model);
    }

    private void showChallenge(HttpServerExchange exchange, BrowserSession session, int status, String error,
                               String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", PhoneNumbers.display(session.pendingPhone()));
        model.put("error", error);
        model.put("notice", notice);
        model.put("validityMinutes", challenges.policy().challengeValidity().toMinutes());
        web.render(exchange, session, status, "add-mobile-phone-challenge", model);
    }
}
