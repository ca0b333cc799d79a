package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.webauthn.Ceremony;
import lab.eulogin.idp.webauthn.SecurityKey;
import lab.eulogin.idp.webauthn.SecurityKeys;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * "Manage my Security Keys and Trusted Platforms" in My Account (FAQ APP-09): the list with
 * "Delete", and "Add a security key or trusted platform": a name, then the browser asks the key
 * or the computer's own authenticator (Windows Hello, Touch ID) to make a credential, and its
 * answer is posted back and verified before anything is stored.
 */
public final class SecurityKeysHandler {
    /** A key as the list shows it. */
    record Row(long id, String name, String added, String lastUsed) {
    }

    private final Web web;
    private final AccountRepository accounts;
    private final SecurityKeys keys;

    public SecurityKeysHandler(Web web, AccountRepository accounts, SecurityKeys keys) {
        this.web = web;
        this.accounts = accounts;
        this.keys = keys;
    }

    public void list(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.SECURITY_KEYS);
        if (session != null) {
            showList(exchange, session, StatusCodes.OK, switch (Web.query(exchange, "done")) {
                case "added" -> "key-added";
                case "deleted" -> "key-deleted";
                default -> null;
            });
        }
    }

    /** "Delete" next to a key. */
    public void delete(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.SECURITY_KEYS);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        if (!web.csrfValid(form, session)) {
            showList(exchange, session, StatusCodes.FORBIDDEN, "session-expired");
            return;
        }
        OptionalLong id = form.id("key");
        if (id.isEmpty() || !keys.delete(session.accountId(), id.getAsLong())) {
            showList(exchange, session, StatusCodes.NOT_FOUND, "key-not-found");
            return;
        }
        Web.redirect(exchange, Paths.SECURITY_KEYS + "?done=deleted");
    }

    public void addForm(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.ADD_SECURITY_KEY);
        if (session != null) {
            showForm(exchange, session, StatusCodes.OK, "", new FieldErrors(), null);
        }
    }

    /** The name: checked, then the page that asks the browser for a new credential. */
    public void add(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.ADD_SECURITY_KEY);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        String name = form.get("keyName");
        if (!web.csrfValid(form, session)) {
            showForm(exchange, session, StatusCodes.FORBIDDEN, name, new FieldErrors(), "session-expired");
            return;
        }
        Account account = accounts.findById(session.accountId()).orElseThrow();
        SecurityKeys.Started started = keys.startRegistration(account.id(), SecurityKeys.userHandle(account.uid()), name);
        if (started instanceof SecurityKeys.Started.Invalid invalid) {
            showForm(exchange, session, StatusCodes.BAD_REQUEST, name, invalid.errors(), null);
            return;
        }
        Ceremony ceremony = ((SecurityKeys.Started.Ok) started).ceremony();
        session.setWebAuthnCeremony(ceremony);
        Map<String, Object> model = new HashMap<>(WebAuthnPages.model(ceremony, account.email(), account.displayName()));
        model.put("keyName", ceremony.name());
        web.render(exchange, session, "security-key-register", model);
    }

    /** The browser's answer; the ceremony is used once, whatever the outcome. */
    public void register(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.ADD_SECURITY_KEY);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        Ceremony ceremony = session.webAuthnCeremony();
        session.setWebAuthnCeremony(null);
        String name = ceremony == null || ceremony.name() == null ? "" : ceremony.name();
        if (!web.csrfValid(form, session)) {
            showForm(exchange, session, StatusCodes.FORBIDDEN, name, new FieldErrors(), "session-expired");
            return;
        }
        if (ceremony == null || ceremony.kind() != Ceremony.Kind.REGISTRATION || ceremony.accountId() != session.accountId()) {
            showForm(exchange, session, StatusCodes.BAD_REQUEST, name, new FieldErrors(), "security-key-expired");
            return;
        }
        if (!form.get("error").isEmpty()) {
            // The browser or the key said no: cancelled, timed out, or this key is registered already.
            showForm(exchange, session, StatusCodes.OK, name, new FieldErrors(), browserProblem(form.get("error"), true));
            return;
        }
        SecurityKeys.Outcome outcome = keys.finishRegistration(ceremony, form.get("clientDataJSON"),
                form.get("attestationObject"));
        if (outcome instanceof SecurityKeys.Outcome.Refused refused) {
            showForm(exchange, session, StatusCodes.BAD_REQUEST, name, new FieldErrors(), refused.reason());
            return;
        }
        Web.redirect(exchange, Paths.SECURITY_KEYS + "?done=added");
    }

    /**
     * The message for a ceremony the browser ended with an error ({@code DOMException.name}):
     * {@code InvalidStateError} is a key that holds a credential of this account already.
     */
    static String browserProblem(String error, boolean registering) {
        if (registering && "InvalidStateError".equals(error)) {
            return "security-key-already-registered";
        }
        return "NotSupportedError".equals(error) || "SecurityError".equals(error)
                ? "security-key-unsupported" : "security-key-no-answer";
    }

    private void showList(HttpServerExchange exchange, BrowserSession session, int status, String message) {
        List<Row> rows = keys.keys().of(session.accountId()).stream().map(key -> row(key, session.locale())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("keys", rows);
        model.put("message", message);
        web.render(exchange, session, status, "security-keys", model);
    }

    private static Row row(SecurityKey key, Locale locale) {
        return new Row(key.id(), key.name(), Web.time(key.createdAt(), locale),
                key.lastUsedAt() == null ? null : Web.time(key.lastUsedAt(), locale));
    }

    private void showForm(HttpServerExchange exchange, BrowserSession session, int status, String name,
                          FieldErrors errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("keyName", name);
        model.put("errors", errors.asMap());
        model.put("message", message);
        model.put("maxNameLength", SecurityKeys.MAX_NAME_LENGTH);
        web.render(exchange, session, status, "add-security-key", model);
    }
}
