package lab.eulogin.idp.lab;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.http.Form;

/**
 * Lab endpoints answer only when the lab runs in lab mode; otherwise they are refused outright. A
 * body that is not a form answers in the lab endpoints' JSON, as their other refusals do.
 * Requests a browser marks as sent from another site are refused too: during a demo, any web page
 * could otherwise post a form to {@code /__lab/reset}, or register its own key on an account. Test
 * clients send no such mark.
 */
public final class LabModeGuard implements HttpHandler {
    private static final HttpString SEC_FETCH_SITE = new HttpString("Sec-Fetch-Site");

    private final boolean labMode;
    private final HttpHandler next;

    public LabModeGuard(boolean labMode, HttpHandler next) {
        this.labMode = labMode;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!labMode) {
            LabJson.error(exchange, StatusCodes.FORBIDDEN, "lab-mode-off",
                    "Lab endpoints are off. Start the IdP in lab mode to use them.");
            return;
        }
        if ("cross-site".equals(exchange.getRequestHeaders().getFirst(SEC_FETCH_SITE))) {
            LabJson.error(exchange, StatusCodes.FORBIDDEN, "cross-site",
                    "Lab endpoints do not answer requests that another web site made a browser send.");
            return;
        }
        try {
            next.handleRequest(exchange);
        } catch (Form.Unreadable e) {
            LabJson.error(exchange, e.tooLarge() ? StatusCodes.REQUEST_ENTITY_TOO_LARGE : StatusCodes.BAD_REQUEST,
                    "bad-form", "The body could not be read as a form: send it as application/x-www-form-urlencoded,"
                            + " with every % followed by two hexadecimal digits");
        }
    }
}
