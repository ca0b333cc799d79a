package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.links.LinkCheck;
import lab.eulogin.idp.passwords.PasswordLinks;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.signin.OtherSignIns;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/init/initialisePasswordLogin.cgi}: the page an e-mailed link opens, "New password"
 * and "Confirm new password" (FAQ ACC-04, ACC-05, ACC-06, ACC-11).
 */
public final class NewPasswordHandler {
    private final Web web;
    private final PasswordLinks passwords;
    private final ServiceRegistry services;
    private final OtherSignIns otherSignIns;

    public NewPasswordHandler(Web web, PasswordLinks passwords, ServiceRegistry services, OtherSignIns otherSignIns) {
        this.web = web;
        this.passwords = passwords;
        this.services = services;
        this.otherSignIns = otherSignIns;
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        String uid = Web.query(exchange, "uid");
        String token = Web.query(exchange, "resetCode");
        LinkCheck check = passwords.check(token);
        if (check instanceof LinkCheck.Valid) {
            web.render(exchange, session, "new-password", Map.of("uid", uid, "resetCode", token));
        } else {
            showLinkProblem(exchange, session, check);
        }
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form form = web.form(exchange);
        String uid = form.get("uid");
        String token = form.get("resetCode");
        if (!web.csrfValid(form, session)) {
            web.render(exchange, session, StatusCodes.FORBIDDEN, "new-password",
                    Map.of("uid", uid, "resetCode", token, "message", "session-expired"));
            return;
        }
        PasswordLinks.Outcome outcome = passwords.setPassword(token, form.get("password"), form.get("passwordConfirm"));
        if (outcome instanceof PasswordLinks.Outcome.Invalid invalid) {
            web.render(exchange, session, StatusCodes.BAD_REQUEST, "new-password",
                    Map.of("uid", uid, "resetCode", token, "errors", invalid.errors().asMap()));
        } else if (outcome instanceof PasswordLinks.Outcome.LinkProblem problem) {
            showLinkProblem(exchange, session, problem.check());
        } else if (outcome instanceof PasswordLinks.Outcome.PasswordSet set) {
            BrowserSession signedIn = web.signIn(exchange, session, set.account().id());
            otherSignIns.end(exchange, set.account().id(), signedIn);
            Map<String, Object> model = new HashMap<>();
            model.put("account", set.account());
            proceedTo(set.service()).ifPresent(service -> {
                model.put("proceedName", service.name());
                model.put("proceedUrl", Paths.LOGIN + "?renew=true&service="
                        + URLEncoder.encode(set.service(), StandardCharsets.UTF_8));
            });
            web.render(exchange, signedIn, "password-set", model);
        }
    }

    /**
     * "Proceed" to the service the registration started from (FAQ ACC-04), if it is still registered;
     * with renew, as EU Login "Sign in to continue" asks for the new password once more.
     */
    private Optional<RegisteredService> proceedTo(String service) {
        return service == null ? Optional.empty() : services.find(service);
    }

    private void showLinkProblem(HttpServerExchange exchange, BrowserSession session, LinkCheck check) {
        web.render(exchange, session, StatusCodes.GONE, "link-invalid", Map.of("reason", reason(check)));
    }

    /** The message key that tells the user what is wrong with a link (FAQ ACC-06, ACC-11, PWD-02). */
    static String reason(LinkCheck check) {
        return check instanceof LinkCheck.Incomplete ? "link-incomplete"
                : check instanceof LinkCheck.Used ? "link-used"
                : check instanceof LinkCheck.Expired ? "link-expired"
                : "link-unknown";
    }
}
