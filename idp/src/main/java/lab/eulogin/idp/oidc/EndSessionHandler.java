package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.oidc.IdTokenHints.Hint;
import lab.eulogin.idp.signin.LoginFlow;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.SsoSession;
import lab.eulogin.idp.http.Web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/oauth2/logout}: RP-initiated logout. Ends the single sign-on for every application,
 * CAS ones included, then goes back to {@code post_logout_redirect_uri} only when the client named
 * by a valid {@code id_token_hint} (or {@code client_id}) registered that address; otherwise EU
 * Login's "You have logged out" page.
 *
 * <p>At once only when the hint proves the request is about this browser's sign-in, or when nobody
 * is signed in; otherwise EU Login asks first (RP-Initiated Logout 1.0, section 2), so that a bare
 * link, or another person's token, cannot end someone's single sign-on. "Logout" on the question
 * posts to {@code /cas/oauth2/logout/confirm}, and the same way out follows.
 */
final class EndSessionHandler {
    private static final String PAGE = "logout-confirm";

    private final Web web;
    private final LoginFlow flow;
    private final ServiceRegistry registry;
    private final AccountRepository accounts;
    private final IdTokenHints hints;

    EndSessionHandler(Web web, LoginFlow flow, ServiceRegistry registry, AccountRepository accounts,
                      IdTokenHints hints) {
        this.web = web;
        this.flow = flow;
        this.registry = registry;
        this.accounts = accounts;
        this.hints = hints;
    }

    /**
     * Where the browser goes once logged out, as the request asked: the client (only when the
     * request named it validly), the address to go back to and the state to carry, as given.
     */
    private record Leaving(String clientId, String postLogoutRedirectUri, String state) {
        static Leaving of(LogoutRequest request, Optional<String> clientId) {
            return new Leaving(clientId.orElse(""),
                    request.getPostLogoutRedirectionURI() == null ? "" : request.getPostLogoutRedirectionURI().toString(),
                    request.getState() == null ? "" : request.getState().getValue());
        }

        static Leaving of(Form form) {
            return new Leaving(form.get("client_id"), form.get("post_logout_redirect_uri"), form.get("state"));
        }
    }

    void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Optional<LogoutRequest> request;
        try {
            request = Optional.of(LogoutRequest.parse(NimbusRequests.query(exchange)));
        } catch (ParseException | OAuthProblem e) {
            // A request that cannot be read names no client, and so sends nobody anywhere.
            request = Optional.empty();
        }
        Optional<Hint> hint = request.map(LogoutRequest::getIDTokenHint).flatMap(hints::verified);
        // The address is kept even from a request that cannot be read, so the page can say it was refused.
        Leaving leaving = request.map(r -> Leaving.of(r, clientId(r, hint)))
                .orElseGet(() -> new Leaving("", Web.query(exchange, "post_logout_redirect_uri"), ""));
        Optional<SsoSession> sso = flow.sso(exchange);
        Optional<Account> signedIn = signedIn(sso, session);
        if (signedIn.isPresent() && hint.filter(h -> ofThisSignIn(h, sso, signedIn.get())).isEmpty()) {
            ask(exchange, session, StatusCodes.OK, leaving, signedIn, null);
            return;
        }
        flow.signOut(exchange, session);
        leave(exchange, session, leaving);
    }

    /** "Logout" on the question: the person asked for it. */
    void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form form = web.form(exchange);
        Leaving leaving = Leaving.of(form);
        if (!web.csrfValid(form, session)) {
            // Another site's form, or a stale page: ask again rather than log out.
            ask(exchange, session, StatusCodes.FORBIDDEN, leaving, signedIn(flow.sso(exchange), session),
                    "session-expired");
            return;
        }
        flow.signOut(exchange, session);
        leave(exchange, session, leaving);
    }

    /** Logged out: back to the client's registered address with the state, else "You have logged out". */
    private void leave(HttpServerExchange exchange, BrowserSession session, Leaving leaving) {
        String back = leaving.postLogoutRedirectUri();
        Optional<RegisteredService> client = registry.byClientId(leaving.clientId());
        if (!back.isEmpty() && client.isPresent() && client.get().oidc().allowsPostLogoutRedirectTo(back)) {
            String target = back;
            if (!leaving.state().isEmpty()) {
                target += (target.contains("?") ? "&" : "?") + "state="
                        + URLEncoder.encode(leaving.state(), StandardCharsets.UTF_8);
            }
            Web.redirect(exchange, target);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        if (!back.isEmpty()) {
            model.put("message", "logout-service-unknown");
        }
        web.render(exchange, session, "logged-out", model);
    }

    private void ask(HttpServerExchange exchange, BrowserSession session, int status, Leaving leaving,
                     Optional<Account> signedIn, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("clientId", leaving.clientId());
        model.put("postLogoutRedirectUri", leaving.postLogoutRedirectUri());
        model.put("state", leaving.state());
        model.put("email", signedIn.map(Account::email).orElse(null));
        model.put("message", message);
        web.render(exchange, session, status, PAGE, model);
    }

    /** Whose sign-in this browser holds: its single sign-on's account, else its session's; empty when nobody's. */
    private Optional<Account> signedIn(Optional<SsoSession> sso, BrowserSession session) {
        Optional<Long> id = sso.map(SsoSession::accountId).or(() -> Optional.ofNullable(session.accountId()));
        return id.flatMap(accounts::findById);
    }

    /**
     * The hint was issued for this very single sign-on ({@code sid}), or to the person signed in
     * ({@code sub}): a new sign-in of the same person (prompt=login, a second factor) opens a new
     * single sign-on, and an application may still hold the ID token of the one before.
     */
    private static boolean ofThisSignIn(Hint hint, Optional<SsoSession> sso, Account signedIn) {
        boolean sameSso = hint.sid() != null && sso.isPresent() && Hashes.sha256(sso.get().id()).equals(hint.sid());
        return sameSso || signedIn.uid().equals(hint.subject());
    }

    /** The client the request names: by a valid hint, or by client_id; both must agree. */
    private static Optional<String> clientId(LogoutRequest request, Optional<Hint> hint) {
        if (request.getIDTokenHint() != null && hint.isEmpty()) {
            return Optional.empty();
        }
        String byId = request.getClientID() == null ? null : request.getClientID().getValue();
        if (hint.isPresent() && byId != null && !hint.get().clientId().equals(byId)) {
            return Optional.empty();
        }
        return hint.map(Hint::clientId).or(() -> Optional.ofNullable(byId));
    }
}
