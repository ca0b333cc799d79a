package lab.eulogin.idp.lab;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.http.Form;

/**
 * Lab endpoints answer only when the lab runs in lab mode; otherwise they are refused outright. A
 * body that is not a form answers in the lab endpoints' JSON, as their other refusals do.
 */
public final class LabModeGuard implements HttpHandler {
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
        try {
            next.handleRequest(exchange);
        } catch (Form.Unreadable e) {
            LabJson.error(exchange, e.tooLarge() ? StatusCodes.REQUEST_ENTITY_TOO_LARGE : StatusCodes.BAD_REQUEST,
                    "bad-form", "The body could not be read as a form: send it as application/x-www-form-urlencoded,"
                            + " with every % followed by two hexadecimal digits");
        }
    }
}
