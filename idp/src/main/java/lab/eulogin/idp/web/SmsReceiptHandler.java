package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormEncodedDataDefinition;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.phones.DeliveryReceipts;
import lab.eulogin.idp.phones.SmsChallenges;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /cas/api/sms/receipts/{challengeId}}: the SMS provider's delivery receipts (Twilio's
 * StatusCallback), so that EU Login knows when a phone received its SMS (FAQ HELP-01). Only
 * receipts signed with the provider's token count; anything else is refused.
 */
public final class SmsReceiptHandler {
    private static final FormParserFactory PARSERS = FormParserFactory.builder(false)
            .addParsers(new FormEncodedDataDefinition().setDefaultEncoding("UTF-8"))
            .build();
    private static final int MAX_FIELDS = 40;

    private final SmsChallenges challenges;
    private final DeliveryReceipts receipts;

    public SmsReceiptHandler(SmsChallenges challenges, DeliveryReceipts receipts) {
        this.challenges = challenges;
        this.receipts = receipts;
    }

    public void post(HttpServerExchange exchange) throws IOException {
        long challengeId;
        try {
            challengeId = Long.parseLong(Web.query(exchange, "challengeId"));
        } catch (NumberFormatException e) {
            exchange.setStatusCode(StatusCodes.NOT_FOUND);
            exchange.endExchange();
            return;
        }
        Map<String, String> fields = new HashMap<>();
        try (FormDataParser parser = PARSERS.createParser(exchange)) {
            if (parser != null) {
                FormData data = parser.parseBlocking();
                for (String name : data) {
                    FormData.FormValue value = data.getFirst(name);
                    if (value != null && !value.isFileItem() && fields.size() < MAX_FIELDS) {
                        fields.put(name, value.getValue());
                    }
                }
            }
        } catch (RuntimeException brokenEscape) {
            // Undertow's parser throws on a percent escape such as %zz: not a receipt the provider sent.
            exchange.setStatusCode(StatusCodes.BAD_REQUEST);
            exchange.endExchange();
            return;
        }
        String signature = exchange.getRequestHeaders().getFirst("X-Twilio-Signature");
        if (!receipts.signedByProvider(challengeId, fields, signature)) {
            exchange.setStatusCode(StatusCodes.FORBIDDEN);
            exchange.endExchange();
            return;
        }
        challenges.recordReceipt(challengeId, fields.get("MessageSid"), fields.get("MessageStatus"));
        exchange.setStatusCode(StatusCodes.NO_CONTENT);
        exchange.endExchange();
    }
}
