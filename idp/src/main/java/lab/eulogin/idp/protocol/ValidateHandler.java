package lab.eulogin.idp.protocol;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.http.Web;

import java.nio.charset.StandardCharsets;

import static lab.eulogin.idp.http.Web.flag;

/**
 * The validation endpoints, one instance each: {@code /cas/serviceValidate} and
 * {@code /cas/proxyValidate} (EU Login's shape, the exact service), {@code /cas/laxValidate}
 * (EU Login's shape, any address of the same registered service) and {@code /cas/p3/serviceValidate}
 * (CAS 3.0). The lab issues no proxy tickets, so proxyValidate takes service tickets and
 * ignores {@code pgtUrl}. {@code format=JSON} gives the same answer as JSON.
 */
public final class ValidateHandler {
    private final TicketValidation validation;
    private final Dialect dialect;
    private final TicketValidation.ServiceMatch match;

    private ValidateHandler(TicketValidation validation, Dialect dialect, TicketValidation.ServiceMatch match) {
        this.validation = validation;
        this.dialect = dialect;
        this.match = match;
    }

    public static ValidateHandler euLogin(TicketValidation validation) {
        return new ValidateHandler(validation, Dialect.EU_LOGIN, TicketValidation.ServiceMatch.EXACT);
    }

    public static ValidateHandler lax(TicketValidation validation) {
        return new ValidateHandler(validation, Dialect.EU_LOGIN, TicketValidation.ServiceMatch.SAME_REGISTERED_SERVICE);
    }

    public static ValidateHandler cas3(TicketValidation validation) {
        return new ValidateHandler(validation, Dialect.CAS3, TicketValidation.ServiceMatch.EXACT);
    }

    public void get(HttpServerExchange exchange) {
        ValidationRequest request = new ValidationRequest(
                Web.query(exchange, "service"),
                Web.query(exchange, "ticket"),
                flag(Web.query(exchange, "renew")),
                flag(Web.query(exchange, "userDetails")),
                Web.query(exchange, "groups"),
                Web.query(exchange, "authenticationLevel"),
                Web.query(exchange, "assuranceLevel"));
        ResponseTree answer = dialect.answer(validation.validate(request, match));
        boolean json = "JSON".equalsIgnoreCase(Web.query(exchange, "format"));
        exchange.setStatusCode(StatusCodes.OK);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE,
                json ? "application/json; charset=UTF-8" : "application/xml; charset=UTF-8");
        exchange.getResponseSender().send(json ? ResponseWriter.json(answer)
                : ResponseWriter.xml(answer, dialect.namespace()), StandardCharsets.UTF_8);
    }
}
