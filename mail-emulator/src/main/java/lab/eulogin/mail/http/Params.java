package lab.eulogin.mail.http;

import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Deque;
import java.util.Optional;

/** Query and path parameters, parsed; anything malformed is a 400 that names the parameter. */
public final class Params {
    private Params() {
    }

    public static Optional<String> text(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.getFirst().trim());
    }

    public static String required(HttpServerExchange exchange, String name) {
        return text(exchange, name).orElseThrow(() -> HttpProblem.badRequest("Parameter '" + name + "' is required"));
    }

    public static long id(HttpServerExchange exchange, String name) {
        return longValue(name, required(exchange, name));
    }

    public static Optional<Long> longParam(HttpServerExchange exchange, String name) {
        return text(exchange, name).map(value -> longValue(name, value));
    }

    public static Optional<Integer> intParam(HttpServerExchange exchange, String name) {
        return text(exchange, name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest("Parameter '" + name + "' must be a whole number, not '" + value + "'");
            }
        });
    }

    public static Optional<Duration> duration(HttpServerExchange exchange, String name) {
        return text(exchange, name).map(value -> {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw HttpProblem.badRequest("Parameter '" + name + "' must be an ISO-8601 duration such as PT10S, not '"
                        + value + "'");
            }
        });
    }

    public static Optional<Instant> instant(HttpServerExchange exchange, String name) {
        return text(exchange, name).map(value -> {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw HttpProblem.badRequest("Parameter '" + name
                        + "' must be an ISO-8601 instant such as 2025-01-31T12:00:00Z, not '" + value + "'");
            }
        });
    }

    private static long longValue(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("Parameter '" + name + "' must be a whole number, not '" + value + "'");
        }
    }
}
