package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.signin.LoginFlow;
import lab.eulogin.idp.sessions.AuthenticationFactor;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.Strength;
import lab.eulogin.idp.webauthn.Ceremony;
import lab.eulogin.idp.webauthn.SecurityKeys;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/login/security-key}: the step of "Security Key or Trusted Platform" after the
 * password (FAQ APP-09). The page asks the browser to sign the challenge with one of the account's
 * keys; a verified answer completes the sign-in, anything else is refused with a message and a
 * fresh challenge to try again.
 */
public final class SecurityKeySignIn {
    private final Web web;
    private final AccountRepository accounts;
    private final SecurityKeys keys;
    private final LoginFlow flow;

    public SecurityKeySignIn(Web web, AccountRepository accounts, SecurityKeys keys, LoginFlow flow) {
        this.web = web;
        this.accounts = accounts;
        this.keys = keys;
        this.flow = flow;
    }

    /**
     * After a good password with "Security Key or Trusted Platform".
     *
     * @return false, with nothing started, when the account has no key
     */
    boolean start(HttpServerExchange exchange, BrowserSession session, Account account) {
        Optional<Ceremony> ceremony = keys.startSignIn(account.id(), SecurityKeys.userHandle(account.uid()));
        if (ceremony.isEmpty()) {
            return false;
        }
        session.setWebAuthnCeremony(ceremony.get());
        Web.redirect(exchange, Paths.LOGIN_SECURITY_KEY);
        return true;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Ceremony ceremony = session.webAuthnCeremony();
        if (ceremony == null || ceremony.kind() != Ceremony.Kind.SIGN_IN) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        show(exchange, session, ceremony, StatusCodes.OK, null);
    }

    /** The browser's answer; the challenge is used once, whatever the outcome. */
    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Ceremony ceremony = session.webAuthnCeremony();
        if (ceremony == null || ceremony.kind() != Ceremony.Kind.SIGN_IN) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        session.setWebAuthnCeremony(null);
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            again(exchange, session, ceremony.accountId(), StatusCodes.FORBIDDEN, "session-expired");
            return;
        }
        if (!form.get("error").isEmpty()) {
            again(exchange, session, ceremony.accountId(), StatusCodes.OK,
                    SecurityKeysHandler.browserProblem(form.get("error"), false));
            return;
        }
        SecurityKeys.Outcome outcome = keys.finishSignIn(ceremony, form.get("credentialId"), form.get("clientDataJSON"),
                form.get("authenticatorData"), form.get("signature"), form.get("userHandle"));
        if (outcome instanceof SecurityKeys.Outcome.Verified verified) {
            flow.complete(exchange, session, ceremony.accountId(), Strength.PASSWORD_WEBAUTHN,
                    AuthenticationFactor.securityKey(verified.key().name()));
            return;
        }
        again(exchange, session, ceremony.accountId(), StatusCodes.BAD_REQUEST,
                ((SecurityKeys.Outcome.Refused) outcome).reason());
    }

    /** The same step with a fresh challenge and the message; back to the sign-in box if the keys are gone. */
    private void again(HttpServerExchange exchange, BrowserSession session, long accountId, int status, String message) {
        Optional<Account> account = accounts.findById(accountId);
        Optional<Ceremony> fresh = account.flatMap(a -> keys.startSignIn(a.id(), SecurityKeys.userHandle(a.uid())));
        if (fresh.isEmpty()) {
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        session.setWebAuthnCeremony(fresh.get());
        show(exchange, session, fresh.get(), status, message);
    }

    private void show(HttpServerExchange exchange, BrowserSession session, Ceremony ceremony, int status, String message) {
        Optional<Account> found = accounts.findById(ceremony.accountId());
        if (found.isEmpty()) {
            // The account went away meanwhile: start again.
            session.setWebAuthnCeremony(null);
            Web.redirect(exchange, Paths.LOGIN);
            return;
        }
        Account account = found.get();
        Map<String, Object> model = new HashMap<>(WebAuthnPages.model(ceremony, account.email(), account.displayName()));
        model.put("message", message);
        web.render(exchange, session, status, "login-security-key", model);
    }
}
