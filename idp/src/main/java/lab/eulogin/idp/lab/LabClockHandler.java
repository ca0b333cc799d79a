package lab.eulogin.idp.lab;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.http.Form;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Deque;
import java.util.Map;

/**
 * {@code /__lab/clock}: GET reads the lab clock; POST with {@code advance=PT24H1M} (form field or
 * query parameter) moves it forward, for the IdP and the emulators at once, and answers once the
 * IdP's work that became due has run (mail waiting for its next attempt is handed to the mail
 * server): a caller sees the effects at once, instead of watching for them.
 */
public final class LabClockHandler {
    private final LabClock clock;
    private final Runnable dueWork;

    public LabClockHandler(LabClock clock, Runnable dueWork) {
        this.clock = clock;
        this.dueWork = dueWork;
    }

    public void get(HttpServerExchange exchange) {
        LabJson.send(exchange, StatusCodes.OK, state());
    }

    public void post(HttpServerExchange exchange) {
        String advance = parameter(exchange, "advance");
        Duration by;
        try {
            by = Duration.parse(advance);
        } catch (DateTimeParseException e) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-duration",
                    "advance must be an ISO-8601 duration such as PT24H1M, got '" + advance + "'");
            return;
        }
        if (by.isNegative()) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "negative-duration", "The lab clock only moves forward");
            return;
        }
        clock.advance(by);
        dueWork.run();
        LabJson.send(exchange, StatusCodes.OK, state());
    }

    private Map<String, Object> state() {
        return Map.of("now", clock.instant().toString(), "offset", clock.offset().toString());
    }

    private static String parameter(HttpServerExchange exchange, String name) {
        Deque<String> query = exchange.getQueryParameters().get(name);
        if (query != null && !query.isEmpty()) {
            return query.getFirst();
        }
        return Form.read(exchange).get(name);
    }
}
