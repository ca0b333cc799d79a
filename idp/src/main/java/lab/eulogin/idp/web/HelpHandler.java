package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;

import java.util.Map;
import lab.eulogin.idp.http.Web;

/** {@code /cas/help.html}: the answers the helpdesk gives most often, where a user looks first. */
final class HelpHandler {
    private final Web web;

    HelpHandler(Web web) {
        this.web = web;
    }

    void get(HttpServerExchange exchange) {
        web.render(exchange, web.session(exchange), "help", Map.of());
    }
}
