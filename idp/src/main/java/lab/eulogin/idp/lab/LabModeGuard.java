package lab.eulogin.idp.lab;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;

/** Lab endpoints answer only when the lab runs in lab mode; otherwise they are refused outright. */
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
        next.handleRequest(exchange);
    }
}
