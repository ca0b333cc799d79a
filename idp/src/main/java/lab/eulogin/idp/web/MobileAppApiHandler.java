package lab.eulogin.idp.web;

import com.fasterxml.jackson.core.JsonLocation;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API the EU Login app speaks, as a phone would over the network (JSON in, JSON out; errors as
 * {@code {"error": code, "message": text}}; a body it cannot use is a 400 {@code bad-request} whose
 * message names the field). Every change it asks for is signed with the device key.
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
    private static final List<String> ENROL = List.of("code", "publicKey", "pushToken", "pinProof", "signature");
    private static final List<String> ANSWER = List.of("deviceId", "decision", "signature");
    /** The PIN proof comes with an approval only; user verification from apps that do it. */
    private static final List<String> ANSWER_OPTIONAL = List.of("pinProof", "userVerification");
    private static final List<String> DECISIONS = List.of("approve", "refuse");
    private static final List<String> UNLINK = List.of("issuedAt", "signature");

    private final MobileApp app;

    public MobileAppApiHandler(MobileApp app) {
        this.app = app;
    }

    public void enrol(HttpServerExchange exchange) throws IOException {
        Map<String, String> body = fields(exchange, ENROL, List.of());
        if (body == null) {
            return;
        }
        Enrolments.Completed done = app.enrolments().complete(new Enrolments.Request(body.get("code"),
                body.get("publicKey"), body.get("pushToken"), body.get("pinProof"), body.get("signature")));
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
        Map<String, String> body = fields(exchange, ANSWER, ANSWER_OPTIONAL);
        if (body == null) {
            return;
        }
        if (!DECISIONS.contains(body.get("decision"))) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-request", "'decision' must be one of " + DECISIONS);
            return;
        }
        PushApprovals.Answered answered = app.approvals().answer(Web.query(exchange, "requestId"),
                new PushApprovals.Answer(body.get("deviceId"), body.get("decision"), body.get("pinProof"),
                        body.get("userVerification"), body.get("signature")));
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
        Map<String, String> body = fields(exchange, UNLINK, List.of());
        if (body == null) {
            return;
        }
        try {
            Instant.parse(body.get("issuedAt"));
        } catch (DateTimeParseException e) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-request",
                    "'issuedAt' must be a time in UTC such as 2026-12-02T10:15:30Z");
            return;
        }
        if (app.enrolments().unlink(Web.query(exchange, "deviceId"), body.get("issuedAt"), body.get("signature"))) {
            exchange.setStatusCode(StatusCodes.NO_CONTENT);
            exchange.endExchange();
        } else {
            LabJson.error(exchange, StatusCodes.FORBIDDEN, "not-unlinked", "No such device, or the request is not signed by it");
        }
    }

    /**
     * The text fields of the JSON object sent, or null once a 400 has said what is wrong: not JSON, not
     * an object, or a field that is missing, empty or not a string. Fields it does not know are left
     * alone, as a newer app may send more.
     */
    private static Map<String, String> fields(HttpServerExchange exchange, List<String> required,
                                              List<String> optional) throws IOException {
        try {
            JsonNode body = JSON.readTree(exchange.getInputStream());
            if (body == null || body.isMissingNode()) {
                throw new BadBody("Send a JSON object");
            }
            if (!body.isObject()) {
                throw new BadBody("The body must be a JSON object, not " + body.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            Map<String, String> fields = new HashMap<>();
            required.forEach(name -> read(body, name, true, fields));
            optional.forEach(name -> read(body, name, false, fields));
            return fields;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-request", at == null ? "The body is not valid JSON"
                    : "The body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        } catch (BadBody e) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-request", e.getMessage());
        }
        return null;
    }

    private static void read(JsonNode body, String name, boolean required, Map<String, String> fields) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadBody("'" + name + "' is missing");
            }
        } else if (!value.isTextual()) {
            throw new BadBody("'" + name + "' must be a string");
        } else if (required && value.asText().isBlank()) {
            throw new BadBody("'" + name + "' is empty");
        } else {
            fields.put(name, value.asText());
        }
    }

    /** What is wrong with a body, in words for the app's developer. */
    private static final class BadBody extends RuntimeException {
        BadBody(String message) {
            super(message, null, false, false);
        }
    }
}
