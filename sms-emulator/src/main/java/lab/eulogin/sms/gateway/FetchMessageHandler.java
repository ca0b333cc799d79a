package lab.eulogin.sms.gateway;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.Handler;

/** GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json: one message and its current status. */
final class FetchMessageHandler implements Handler {
    private final Gateway gateway;
    private final TwilioAuth auth;
    private final Faults faults;

    FetchMessageHandler(Gateway gateway, TwilioAuth auth, Faults faults) {
        this.gateway = gateway;
        this.auth = auth;
        this.faults = faults;
    }

    @Override
    public ResponseDefinition handle(Exchange exchange) {
        String accountSid = exchange.pathParam(0);
        return FaultInjection.serve(faults.forEveryone(), () -> {
            auth.check(exchange, accountSid);
            TwilioMessage message = gateway.fetch(accountSid, exchange.pathParam(1))
                    .orElseThrow(() -> TwilioError.resourceNotFound(exchange.path()));
            return Answers.jsonBuilder(200, TwilioJson.message(message));
        });
    }
}
