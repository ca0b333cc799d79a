package lab.eulogin.mail.api;

import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import lab.eulogin.mail.http.HttpProblem;
import lab.eulogin.mail.http.Json;
import lab.eulogin.mail.http.JsonEndpoint.Reply;
import lab.eulogin.mail.smtp.SmtpFault;
import lab.eulogin.mail.smtp.SmtpFaults;

/** The fault endpoints: make SMTP refuse mail (4xx, 5xx) or take its time, and undo it. */
public final class FaultsApi {
    private final SmtpFaults faults;

    public FaultsApi(SmtpFaults faults) {
        this.faults = faults;
    }

    /** The faults in force, as sent and shown: {"smtp": "slow", "delay": "PT5S"}. */
    public record Faults(String smtp, String delay) {
        static Faults of(SmtpFault fault) {
            return new Faults(fault.kind().name().toLowerCase(Locale.ROOT), fault.delay().toString());
        }
    }

    /** GET /api/faults */
    public Faults current(HttpServerExchange exchange) {
        return Faults.of(faults.current());
    }

    /** POST /api/faults {"smtp": "temporary" | "permanent" | "slow" | "none", "delay": "PT5S"} */
    public Faults set(HttpServerExchange exchange) {
        Faults wanted = Json.read(exchange, Faults.class);
        if (wanted == null || wanted.smtp() == null) {
            throw HttpProblem.badRequest("Give \"smtp\": temporary, permanent, slow or none");
        }
        try {
            Duration delay = wanted.delay() == null ? null : Duration.parse(wanted.delay());
            faults.set(new SmtpFault(SmtpFault.Kind.parse(wanted.smtp()), delay));
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("\"delay\" must be an ISO-8601 duration such as PT5S");
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
        return Faults.of(faults.current());
    }

    /** DELETE /api/faults */
    public Object clear(HttpServerExchange exchange) {
        faults.clear();
        return Reply.noContent();
    }
}
