package lab.eulogin.idp.lab;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.captcha.CaptchaDesk;

import java.util.Deque;
import java.util.Map;

/**
 * {@code GET /__lab/captcha?client=ID}: the code of the last captcha shown to the browser whose lab
 * client cookie is ID, for tests that must type it. Lab mode only.
 */
public final class LabCaptchaHandler {
    private final CaptchaDesk captchas;

    public LabCaptchaHandler(CaptchaDesk captchas) {
        this.captchas = captchas;
    }

    public void get(HttpServerExchange exchange) {
        Deque<String> client = exchange.getQueryParameters().get("client");
        String id = client == null ? "" : client.getFirst();
        captchas.lastIssued("lab:" + id).ifPresentOrElse(
                captcha -> LabJson.send(exchange, StatusCodes.OK, Map.of("client", id, "answer", captcha.answer())),
                () -> LabJson.error(exchange, StatusCodes.NOT_FOUND, "no-captcha",
                        "No captcha was shown to the lab client '" + id + "'"));
    }
}
