package lab.eulogin.idp.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.devices.Enrolments;
import lab.eulogin.idp.devices.MobileApp;
import lab.eulogin.idp.devices.PushApprovals;
import lab.eulogin.idp.http.Web;
import lab.eulogin.idp.lab.LabJson;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API the EU Login app speaks, as a phone would over the network (JSON in, JSON out; errors as
 * {@code {"error": code, "message": text}}). Every change it asks for is signed with the device key.
 * <ul>
 *   <li>{@code POST /cas/api/mobile/enrol}: {@code code, publicKey, pushToken, pinProof, signature}</li>
 *   <li>{@code GET /cas/api/mobile/requests/{requestId}}: the nonce to sign, while the request is pending</li>
 *   <li>{@code POST /cas/api/mobile/requests/{requestId}}: {@code deviceId, decision, pinProof,
 *       userVerification, signature}</li>
 *   <li>{@code POST /cas/api/mobile/devices/{deviceId}/unlink}: {@code issuedAt, signature}</li>
 * </ul>
 */
public final class MobileAppApiHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MobileApp app;

    public MobileAppApiHandler(MobileApp app) {
        this.app = app;
    }

    public void enrol(HttpServerExchange exchange) throws IOException {
        JsonNode body = body(exchange);
        if (body == null) {
            return;
        }
        Enrolments.Completed done = app.enrolments().complete(new Enrolments.Request(text(body, "code"),
                text(body, "publicKey"), text(body, "pushToken"), text(body, "pinProof"), text(body, "signature")));
        if (done instanceof Enrolments.Completed.Enrolled enrolled) {
            LabJson.send(exchange, StatusCodes.CREATED, Map.of("deviceId", enrolled.deviceId(),
                    "otpSecret", enrolled.otpSecret(), "account", enrolled.account()));
            return;
        }
        Enrolments.Completed.Refused refused = (Enrolments.Completed.Refused) done;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", refused.reason());
        error.put("message", switch (refused.reason()) {
            case "wrong-pin" -> "The PIN code is not the one chosen on the PC";
            case "expired" -> "The QR code has expired: add the device again";
            case "unknown-code" -> "This QR code is not (or no longer) valid";
            default -> "The enrolment request is not valid";
        });
        if ("wrong-pin".equals(refused.reason())) {
            error.put("triesLeft", refused.triesLeft());
        }
        LabJson.send(exchange, "wrong-pin".equals(refused.reason()) ? StatusCodes.FORBIDDEN
                : "bad-request".equals(refused.reason()) || "bad-signature".equals(refused.reason())
                ? StatusCodes.BAD_REQUEST : StatusCodes.GONE, error);
    }

    public void request(HttpServerExchange exchange) {
        app.approvals().details(Web.query(exchange, "requestId")).ifPresentOrElse(
                d -> LabJson.send(exchange, StatusCodes.OK, Map.of("requestId", d.requestId(), "deviceId", d.deviceId(),
                        "nonce", d.nonce(), "account", d.account(), "expiresAt", d.expiresAt().toString())),
                () -> LabJson.error(exchange, StatusCodes.NOT_FOUND, "no-pending-request",
                        "No such request is waiting for an answer"));
    }

    public void answer(HttpServerExchange exchange) throws IOException {
        JsonNode body = body(exchange);
        if (body == null) {
            return;
        }
        PushApprovals.Answered answered = app.approvals().answer(Web.query(exchange, "requestId"),
                new PushApprovals.Answer(text(body, "deviceId"), text(body, "decision"), text(body, "pinProof"),
                        text(body, "userVerification"), text(body, "signature")));
        if (answered instanceof PushApprovals.Answered.Approved) {
            LabJson.send(exchange, StatusCodes.OK, Map.of("status", "APPROVED"));
        } else if (answered instanceof PushApprovals.Answered.Refused) {
            LabJson.send(exchange, StatusCodes.OK, Map.of("status", "REFUSED"));
        } else if (answered instanceof PushApprovals.Answered.WrongPin wrong) {
            LabJson.send(exchange, StatusCodes.FORBIDDEN, Map.of("error", "wrong-pin",
                    "message", "Wrong PIN code", "triesLeft", wrong.triesLeft()));
        } else if (answered instanceof PushApprovals.Answered.Locked locked) {
            LabJson.send(exchange, StatusCodes.FORBIDDEN, Map.of("error", "device-locked",
                    "message", "Too many wrong PIN codes", "lockedUntil", locked.until().toString()));
        } else {
            String reason = ((PushApprovals.Answered.Rejected) answered).reason();
            int status = switch (reason) {
                case "bad-request", "bad-signature" -> StatusCodes.BAD_REQUEST;
                case "unknown-request" -> StatusCodes.NOT_FOUND;
                default -> StatusCodes.CONFLICT;
            };
            LabJson.error(exchange, status, reason, "The request cannot be answered (" + reason + ")");
        }
    }

    public void unlink(HttpServerExchange exchange) throws IOException {
        JsonNode body = body(exchange);
        if (body == null) {
            return;
        }
        if (app.enrolments().unlink(Web.query(exchange, "deviceId"), text(body, "issuedAt"), text(body, "signature"))) {
            exchange.setStatusCode(StatusCodes.NO_CONTENT);
            exchange.endExchange();
        } else {
            LabJson.error(exchange, StatusCodes.FORBIDDEN, "not-unlinked", "No such device, or the request is not signed by it");
        }
    }

    /** The JSON object sent, or null once a 400 has been answered. */
    private static JsonNode body(HttpServerExchange exchange) throws IOException {
        try {
            JsonNode node = JSON.readTree(exchange.getInputStream());
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // answered below
        }
        LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-request", "Send a JSON object");
        return null;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
