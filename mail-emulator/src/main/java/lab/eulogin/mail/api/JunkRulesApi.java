package lab.eulogin.mail.api;

import io.undertow.server.HttpServerExchange;
import java.util.List;
import lab.eulogin.mail.http.HttpProblem;
import lab.eulogin.mail.http.Json;
import lab.eulogin.mail.http.JsonEndpoint.Reply;
import lab.eulogin.mail.http.Params;
import lab.eulogin.mail.junk.JunkRule;
import lab.eulogin.mail.junk.JunkRules;

/** The junk rule endpoints (FAQ ACC-07: "it may be in the spam or junk folder"). */
public final class JunkRulesApi {
    private final JunkRules rules;

    public JunkRulesApi(JunkRules rules) {
        this.rules = rules;
    }

    /** The body of POST /api/junk-rules: one of the two. */
    public record NewRule(String address, String sender) {
    }

    /** GET /api/junk-rules */
    public List<JunkRule> list(HttpServerExchange exchange) {
        return rules.all();
    }

    /** POST /api/junk-rules {"address": ...} or {"sender": ...} */
    public Object add(HttpServerExchange exchange) {
        NewRule rule = Json.read(exchange, NewRule.class);
        boolean hasAddress = rule != null && rule.address() != null && !rule.address().isBlank();
        boolean hasSender = rule != null && rule.sender() != null && !rule.sender().isBlank();
        if (hasAddress == hasSender) {
            throw HttpProblem.badRequest("Give either \"address\" or \"sender\"");
        }
        return Reply.created(hasAddress ? rules.addAddress(rule.address()) : rules.addSender(rule.sender()));
    }

    /** DELETE /api/junk-rules/{id} */
    public Object remove(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        if (!rules.remove(id)) {
            throw HttpProblem.notFound("No junk rule " + id);
        }
        return Reply.noContent();
    }

    /** DELETE /api/junk-rules */
    public Object clear(HttpServerExchange exchange) {
        rules.clear();
        return Reply.noContent();
    }
}
