package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.AccountConfiguration;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.AccountSettings;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /cas/userdata/configureAccount.cgi}: "Configure my account" in My Account, its four options. */
public final class ConfigureAccountHandler {
    /** One check box: its field name (and, under "configure.", its label's key), ticked or not, its error. */
    public record Option(String name, boolean checked, String error) {
    }

    private final Web web;
    private final AccountRepository accounts;
    private final AccountConfiguration configuration;

    public ConfigureAccountHandler(Web web, AccountRepository accounts, AccountConfiguration configuration) {
        this.web = web;
        this.accounts = accounts;
        this.configuration = configuration;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.CONFIGURE_ACCOUNT);
        if (session != null) {
            show(exchange, session, StatusCodes.OK, accounts.findById(session.accountId()).orElseThrow().settings(),
                    new FieldErrors(), null);
        }
    }

    /** "Submit": the four boxes as ticked; an unticked box is not sent at all, which means off. */
    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.requireSignIn(exchange, Paths.CONFIGURE_ACCOUNT);
        if (session == null) {
            return;
        }
        Form form = web.form(exchange);
        AccountSettings wanted = new AccountSettings(form.checked("emailNotifications"),
                form.checked("warnWhenIdentityAsked"), form.checked("detailsAfterSignIn"),
                form.checked("alwaysMultiFactor"));
        if (!web.csrfValid(form, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, wanted, new FieldErrors(), "session-expired");
            return;
        }
        AccountConfiguration.Outcome outcome = configuration.save(session.accountId(), wanted);
        if (outcome instanceof AccountConfiguration.Outcome.Invalid invalid) {
            show(exchange, session, StatusCodes.BAD_REQUEST, wanted, invalid.errors(), null);
        } else {
            show(exchange, session, StatusCodes.OK, wanted, new FieldErrors(), "account-updated");
        }
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, AccountSettings settings,
                      FieldErrors errors, String message) {
        Map<String, String> problems = errors.asMap();
        Map<String, Object> model = new HashMap<>();
        model.put("options", List.of(
                new Option("emailNotifications", settings.emailNotifications(), problems.get("emailNotifications")),
                new Option("warnWhenIdentityAsked", settings.warnWhenIdentityAsked(), problems.get("warnWhenIdentityAsked")),
                new Option("detailsAfterSignIn", settings.detailsAfterSignIn(), problems.get("detailsAfterSignIn")),
                new Option("alwaysMultiFactor", settings.alwaysMultiFactor(), problems.get("alwaysMultiFactor"))));
        model.put("message", message);
        web.render(exchange, session, status, "configure-account", model);
    }
}
