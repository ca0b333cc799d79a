package lab.eulogin.sms.gateway;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.Handler;

/**
 * GET /2010-04-01/Accounts/{AccountSid}/Messages.json: the account's messages, newest first,
 * filtered by To and From, paged by PageSize (default 50, at most 1000), Page and PageToken.
 */
final class ListMessagesHandler implements Handler {
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 1000;

    private final Gateway gateway;
    private final TwilioAuth auth;
    private final Faults faults;

    ListMessagesHandler(Gateway gateway, TwilioAuth auth, Faults faults) {
        this.gateway = gateway;
        this.auth = auth;
        this.faults = faults;
    }

    @Override
    public ResponseDefinition handle(Exchange exchange) {
        String accountSid = exchange.pathParam(0);
        return FaultInjection.serve(faults.forEveryone(), () -> {
            auth.check(exchange, accountSid);
            Optional<String> to = exchange.query("To").filter(value -> !value.isBlank());
            Optional<String> from = exchange.query("From").filter(value -> !value.isBlank());
            int pageSize = number(exchange, "PageSize", DEFAULT_PAGE_SIZE);
            int page = number(exchange, "Page", 0);
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE || page < 0) {
                throw TwilioError.invalidPaging("PageSize must be 1 to " + MAX_PAGE_SIZE + " and Page at least 0");
            }
            Optional<String> afterSid = exchange.query("PageToken")
                    .filter(token -> token.startsWith("PA"))
                    .map(token -> token.substring(2));
            MessagePage result = gateway.list(accountSid, to, from, pageSize, page, afterSid);
            return Answers.jsonBuilder(200, TwilioJson.page(accountSid, result, to, from));
        });
    }

    private static int number(Exchange exchange, String name, int fallback) {
        try {
            return exchange.query(name).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw TwilioError.invalidPaging(name + " must be a whole number");
        }
    }
}
