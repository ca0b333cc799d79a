package lab.eulogin.sms.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns a switched-on fault into WireMock's own fault injection: fixed delay, error, reset connection. */
final class FaultInjection {
    private FaultInjection() {
    }

    /**
     * The normal answer, delayed by a slow fault; or, for the other faults, the failure instead of
     * it (the request is then not served at all).
     */
    static ResponseDefinition serve(Optional<GatewayFault> fault, Supplier<ResponseDefinitionBuilder> answer) {
        if (fault.isEmpty()) {
            return answer.get().build();
        }
        return switch (fault.get().kind()) {
            case SLOW -> answer.get().withFixedDelay(fault.get().delay()).build();
            case SERVER_ERROR -> throw TwilioError.serverError(fault.get().status());
            case DROP_CONNECTION -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        };
    }
}
