package lab.eulogin.sms.api;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import lab.eulogin.sms.gateway.Faults;
import lab.eulogin.sms.gateway.GatewayFault;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.Router;

/** Switching the gateway's faults on and off: {"kind": "slow" | "server-error" | "drop-connection", ...}. */
public final class FaultsApi {
    private final Faults faults;

    private FaultsApi(Faults faults) {
        this.faults = faults;
    }

    public static void addRoutes(Router router, Faults faults) {
        FaultsApi api = new FaultsApi(faults);
        router.route("GET", "/api/faults", api::faults)
                .route("POST", "/api/faults", api::setFault)
                .route("DELETE", "/api/faults", api::clearFaults);
    }

    ResponseDefinition faults(Exchange exchange) {
        return Answers.json(200, faults.all());
    }

    ResponseDefinition setFault(Exchange exchange) {
        GatewayFault fault = exchange.json(GatewayFault.class);
        faults.set(fault);
        return Answers.json(201, fault);
    }

    ResponseDefinition clearFaults(Exchange exchange) {
        faults.clear();
        return Answers.noContent();
    }
}
