package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.accounts.Registration;
import lab.eulogin.idp.accounts.RegistrationForm;
import lab.eulogin.idp.captcha.CaptchaDesk;
import lab.eulogin.idp.captcha.RegistrationThrottle;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.LoginRequest;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code /cas/eim/external/register.cgi}: "Create an account" (FAQ ACC-01, ACC-02, ACC-09), with a
 * captcha for a client that has registered often lately (ACC-03).
 */
public final class RegisterHandler {
    private final Web web;
    private final Registration registration;
    private final RegistrationThrottle throttle;
    private final CaptchaField captcha;

    public RegisterHandler(Web web, Registration registration, RegistrationThrottle throttle, CaptchaDesk captchas) {
        this.web = web;
        this.registration = registration;
        this.throttle = throttle;
        this.captcha = new CaptchaField(web, captchas, "register");
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        RegistrationForm empty = new RegistrationForm("", "", "", "", session.locale().getLanguage(), false);
        show(exchange, session, StatusCodes.OK, empty, new FieldErrors(), null);
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form submitted = web.form(exchange);
        RegistrationForm form = new RegistrationForm(
                submitted.get("firstName"), submitted.get("lastName"), submitted.get("email"),
                submitted.get("emailConfirm"), submitted.get("emailLanguage"), submitted.checked("privacy"));
        if (!web.csrfValid(submitted, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, form, new FieldErrors(), "session-expired");
            return;
        }
        if (CaptchaField.newOneAsked(submitted)) {
            // The button with two arrows: another picture, everything typed kept.
            show(exchange, session, StatusCodes.OK, form, new FieldErrors(), null);
            return;
        }
        String client = web.client(exchange);
        if (throttle.captchaNeeded(client) && !captcha.passed(session, submitted)) {
            FieldErrors errors = form.validate().add(CaptchaField.FIELD, CaptchaField.WRONG);
            show(exchange, session, StatusCodes.BAD_REQUEST, form, errors, null);
            return;
        }
        // The service whose sign-in page led here (already checked against the registry), kept with
        // the link: the link may well be opened in another browser (FAQ ACC-04).
        LoginRequest request = session.loginRequest();
        Registration.Outcome outcome = registration.register(form, request == null ? null : request.service());
        if (outcome instanceof Registration.Outcome.Invalid invalid) {
            show(exchange, session, StatusCodes.BAD_REQUEST, form, invalid.errors(), null);
        } else if (outcome instanceof Registration.Outcome.Registered registered) {
            throttle.recordRegistration(client);
            web.render(exchange, session, "register-mail-sent",
                    Map.of("email", registered.account().email(), "mailSent", registered.mailSent()));
        }
    }

    private void show(HttpServerExchange exchange, BrowserSession session, int status, RegistrationForm form,
                      FieldErrors errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("message", message);
        if (throttle.captchaNeeded(web.client(exchange))) {
            captcha.show(exchange, session, model);
        }
        web.render(exchange, session, status, "register", model);
    }
}
