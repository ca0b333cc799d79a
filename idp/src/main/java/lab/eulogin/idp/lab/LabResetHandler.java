package lab.eulogin.idp.lab;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;

import java.util.Map;

/**
 * {@code POST /__lab/reset}: the IdP as it started (no accounts, staff, reports or sessions; the
 * lab clock at real time), answered with what it took. The emulators have their own reset.
 */
public final class LabResetHandler {
    private final LabReset reset;

    public LabResetHandler(LabReset reset) {
        this.reset = reset;
    }

    public void post(HttpServerExchange exchange) {
        long started = System.nanoTime();
        int tables = reset.reset();
        long micros = (System.nanoTime() - started) / 1_000;
        LabJson.send(exchange, StatusCodes.OK, Map.of("tables", tables, "tookMicros", micros));
    }
}
