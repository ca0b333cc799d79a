package lab.eulogin.sms.api;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.HttpProblem;
import lab.eulogin.sms.http.Router;
import lab.eulogin.sms.phones.InboxMessage;
import lab.eulogin.sms.phones.Network;
import lab.eulogin.sms.phones.Phone;
import lab.eulogin.sms.phones.PhoneState;

/**
 * The JSON API of the phones. Numbers in paths may be given with or
 * without "+" (or as %2B). One method per endpoint; the route table comes first.
 */
public final class PhonesApi {
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final String PHONE = "/api/phones/([^/]+)";

    private final Network network;

    private PhonesApi(Network network) {
        this.network = network;
    }

    public static void addRoutes(Router router, Network network) {
        PhonesApi api = new PhonesApi(network);
        router.route("GET", "/api/phones", api::phones)
                .route("GET", PHONE, api::phone)
                .route("PUT", PHONE, api::putPhone)
                .route("PATCH", PHONE, api::patchPhone)
                .route("GET", PHONE + "/messages", api::messages)
                .route("GET", PHONE + "/messages/next", api::nextMessage)
                .route("DELETE", PHONE + "/messages", api::clearMessages)
                .route("GET", "/api/version", api::version);
    }

    ResponseDefinition phones(Exchange exchange) {
        return Answers.json(200, network.phones().stream().map(PhoneView::of).toList());
    }

    ResponseDefinition phone(Exchange exchange) {
        return Answers.json(200, PhoneView.of(existing(exchange)));
    }

    /** Creates the phone if needed; with a body, sets its whole state (what is missing takes the default). */
    ResponseDefinition putPhone(Exchange exchange) {
        String number = exchange.pathParam(0);
        boolean created = network.find(number).isEmpty();
        String body = exchange.request().getBodyAsString();
        if (body == null || body.isBlank()) {
            network.phone(number);
        } else {
            StateChange change = exchange.json(StateChange.class);
            network.changeState(number, current -> change.applyTo(PhoneState.defaults()));
        }
        return Answers.json(created ? 201 : 200, PhoneView.of(network.phone(number)));
    }

    /** Changes only the fields given. */
    ResponseDefinition patchPhone(Exchange exchange) {
        Phone phone = existing(exchange);
        StateChange change = exchange.json(StateChange.class);
        network.changeState(phone.number(), change::applyTo);
        return Answers.json(200, PhoneView.of(phone));
    }

    /** The inbox, newest last; empty for a number that never received anything. */
    ResponseDefinition messages(Exchange exchange) {
        List<InboxMessage> messages = network.find(exchange.pathParam(0)).map(Phone::messages).orElse(List.of());
        return Answers.json(200, messages);
    }

    /** Waits for the first message with an id above {@code after}; 408 when none came within {@code timeout}. */
    ResponseDefinition nextMessage(Exchange exchange) throws InterruptedException {
        Phone phone = network.phone(exchange.pathParam(0));
        long after = afterId(exchange);
        Duration timeout = timeout(exchange);
        return phone.awaitAfter(after, timeout)
                .map(message -> Answers.json(200, message))
                .orElseGet(() -> Answers.error(408,
                        "No message to " + phone.number() + " after id " + after + " within " + timeout));
    }

    ResponseDefinition clearMessages(Exchange exchange) {
        network.clearInbox(exchange.pathParam(0));
        return Answers.noContent();
    }

    ResponseDefinition version(Exchange exchange) {
        return Answers.json(200, Map.of("version", network.version()));
    }

    private Phone existing(Exchange exchange) {
        String number = exchange.pathParam(0);
        return network.find(number).orElseThrow(() -> HttpProblem.notFound("No phone " + number));
    }

    private static long afterId(Exchange exchange) {
        try {
            long after = exchange.query("after").map(String::strip).map(Long::parseLong).orElse(0L);
            if (after < 0) {
                throw HttpProblem.badRequest("after must be a message id (0 or more)");
            }
            return after;
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("after must be a message id (0 or more)");
        }
    }

    private static Duration timeout(Exchange exchange) {
        try {
            Duration timeout = exchange.query("timeout").map(String::strip).map(Duration::parse).orElse(DEFAULT_WAIT);
            if (timeout.isNegative() || timeout.compareTo(MAX_WAIT) > 0) {
                throw HttpProblem.badRequest("timeout must be between PT0S and " + MAX_WAIT);
            }
            return timeout;
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("timeout must be an ISO-8601 duration such as PT10S");
        }
    }
}
