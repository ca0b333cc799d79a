package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.accounts.Registration;
import lab.eulogin.idp.accounts.RegistrationForm;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.Map;

/** {@code /cas/eim/external/register.cgi}: "Create an account" (FAQ ACC-01, ACC-02, ACC-09). */
final class RegisterHandler {
    private final Web web;
    private final Registration registration;

    RegisterHandler(Web web, Registration registration) {
        this.web = web;
        this.registration = registration;
    }

    void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        RegistrationForm empty = new RegistrationForm("", "", "", "", session.locale().getLanguage(), false);
        web.render(exchange, session, "register", Map.of("form", empty, "errors", Map.of()));
    }

    void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form submitted = web.form(exchange);
        RegistrationForm form = new RegistrationForm(
                submitted.get("firstName"), submitted.get("lastName"), submitted.get("email"),
                submitted.get("emailConfirm"), submitted.get("emailLanguage"), submitted.checked("privacy"));
        if (!web.csrfValid(submitted, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, form, new FieldErrors(), "session-expired");
            return;
        }
        Registration.Outcome outcome = registration.register(form);
        if (outcome instanceof Registration.Outcome.Invalid invalid) {
            show(exchange, session, StatusCodes.BAD_REQUEST, form, invalid.errors(), null);
        } else if (outcome instanceof Registration.Outcome.Registered registered) {
            web.render(exchange, session, "register-mail-sent",
                    Map.of("email", registered.account().email(), "mailSent", registered.mailSent()));
        }
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, RegistrationForm form,
                      FieldErrors errors, String message) {
        Map<String, Object> model = message == null
                ? Map.of("form", form, "errors", errors.asMap())
                : Map.of("form", form, "errors", errors.asMap(), "message", message);
        web.render(exchange, session, status, "register", model);
    }
}
