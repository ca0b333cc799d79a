package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.captcha.CaptchaDesk;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.passwords.PasswordLinks;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code /cas/init/passwordResetRequest.cgi}: "Lost your password?" (FAQ PWD-01, ACC-10): the e-mail
 * address and, as on EU Login's page, a captcha, always: each request mails a link, so a script
 * must not be able to send them by the thousand.
 */
public final class PasswordResetRequestHandler {
    private final Web web;
    private final PasswordLinks passwords;
    private final CaptchaField captcha;

    public PasswordResetRequestHandler(Web web, PasswordLinks passwords, CaptchaDesk captchas) {
        this.web = web;
        this.passwords = passwords;
        this.captcha = new CaptchaField(web, captchas, "password-reset-request");
    }

    public void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        String email = session.pendingEmail() == null ? "" : session.pendingEmail();
        show(exchange, session, StatusCodes.OK, email, new FieldErrors(), null);
    }

    public void post(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        Form form = web.form(exchange);
        String typed = form.get("email");
        if (!web.csrfValid(form, session)) {
            show(exchange, session, StatusCodes.FORBIDDEN, typed, new FieldErrors(), "session-expired");
            return;
        }
        if (CaptchaField.newOneAsked(form)) {
            show(exchange, session, StatusCodes.OK, typed, new FieldErrors(), null);
            return;
        }
        String email = EmailAddresses.normalise(typed);
        FieldErrors errors = new FieldErrors();
        if (email.isEmpty()) {
            errors.add("email", "email-required");
        } else if (!EmailAddresses.isValid(email)) {
            errors.add("email", "email-invalid");
        }
        if (!captcha.passed(session, form)) {
            errors.add(CaptchaField.FIELD, CaptchaField.WRONG);
        }
        if (!errors.isEmpty()) {
            show(exchange, session, StatusCodes.BAD_REQUEST, typed, errors, null);
        } else if (passwords.requestReset(email)) {
            web.render(exchange, session, "password-reset-sent", Map.of("email", email));
        } else {
            show(exchange, session, StatusCodes.BAD_REQUEST, typed, errors, "account-locked-no-reset");
        }
    }

    /** The form again, with a new picture, what was typed and each problem next to its field. */
    private void show(HttpServerExchange exchange, BrowserSession session, int status, String email,
                      FieldErrors errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("errors", errors.asMap());
        model.put("message", message);
        captcha.show(exchange, session, model);
        web.render(exchange, session, status, "password-reset-request", model);
    }
}
