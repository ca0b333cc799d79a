package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;

import java.util.Map;
import lab.eulogin.idp.http.Web;

/** {@code /cas/help.html}: the answers the helpdesk gives most often, where a user looks first. */
public final class HelpHandler {
    private final Web web;

    public HelpHandler(Web web) {
        this.web = web;
    }

    public void get(HttpServerExchange exchange) {
        web.render(exchange, web.session(exchange), "help", Map.of());
    }
}
