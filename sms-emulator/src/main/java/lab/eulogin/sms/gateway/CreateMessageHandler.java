package lab.eulogin.sms.gateway;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.Handler;

/** POST /2010-04-01/Accounts/{AccountSid}/Messages.json: send a message (form fields To, From, Body, ...). */
final class CreateMessageHandler implements Handler {
    private final Gateway gateway;
    private final TwilioAuth auth;
    private final Faults faults;

    CreateMessageHandler(Gateway gateway, TwilioAuth auth, Faults faults) {
        this.gateway = gateway;
        this.auth = auth;
        this.faults = faults;
    }

    @Override
    public ResponseDefinition handle(Exchange exchange) {
        String accountSid = exchange.pathParam(0);
        return FaultInjection.serve(faults.forMessageTo(exchange.form("To").orElse(null)), () -> {
            String token = auth.check(exchange, accountSid);
            TwilioMessage message = gateway.send(accountSid, token, new SendRequest(
                    exchange.form("To").orElse(null),
                    exchange.form("From").orElse(null),
                    exchange.form("Body").orElse(null),
                    exchange.form("StatusCallback").orElse(null),
                    exchange.form("ValidityPeriod").orElse(null)));
            return Answers.jsonBuilder(201, TwilioJson.message(message));
        });
    }
}
