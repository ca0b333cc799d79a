package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.captcha.Captcha;
import lab.eulogin.idp.captcha.CaptchaDesk;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.sessions.BrowserSession;

import java.util.Map;

/**
 * "Enter the code" on a form ("Create an account", "Lost your password?"): the picture drawn for
 * the page and kept in the browser's session, and the code typed checked against it. The page shows
 * it with the {@code captcha} macro of {@code macros.peb}.
 */
final class CaptchaField {
    /** The field in error when the code is wrong or missing, and its message. */
    static final String FIELD = "captcha";
    static final String WRONG = "captcha-wrong";

    private final Web web;
    private final CaptchaDesk desk;
    private final String page;

    /** @param page the page it is on: each page's form keeps its own picture */
    CaptchaField(Web web, CaptchaDesk desk, String page) {
        this.web = web;
        this.desk = desk;
        this.page = page;
    }

    /** Draws a new picture for this browser and gives it to the page. */
    void show(HttpServerExchange exchange, BrowserSession session, Map<String, Object> model) {
        Captcha captcha = desk.issue(web.client(exchange));
        session.showCaptcha(page, captcha);
        model.put("captchaImage", captcha.imageUri());
    }

    /** The button with two arrows: another picture, and what was typed in the form kept. */
    static boolean newOneAsked(Form form) {
        return form.checked("newCaptcha");
    }

    /**
     * Whether the code typed matches the picture this browser was shown. Either way that picture is
     * spent: a code read once cannot be sent again and again.
     */
    boolean passed(BrowserSession session, Form form) {
        Captcha shown = session.takeCaptcha(page);
        return shown != null && shown.accepts(form.get(FIELD));
    }
}
