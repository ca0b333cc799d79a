package lab.eulogin.sms.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.HttpProblem;
import lab.eulogin.sms.http.Json;
import lab.eulogin.sms.http.Router;

/**
 * The push service of the lab's phones, in the shape of Firebase Cloud Messaging's HTTP v1 API:
 * {@code POST /v1/projects/{project}/messages:send} with {@code {"message": {"token", "data"}}}.
 * A token no app has answers as FCM does for a stale one (404, UNREGISTERED).
 */
public final class PushService {
    private final Apps apps;
    private final AtomicLong ids = new AtomicLong();

    private PushService(Apps apps) {
        this.apps = apps;
    }

    public static void addRoutes(Router router, Apps apps) {
        router.route("POST", "/v1/projects/([^/]+)/messages:send", new PushService(apps)::send);
    }

    ResponseDefinition send(Exchange exchange) throws Exception {
        JsonNode message;
        try {
            message = Json.MAPPER.readTree(exchange.request().getBodyAsString()).path("message");
        } catch (Exception e) {
            throw fcmError(400, "INVALID_ARGUMENT", "Invalid JSON payload received.", null);
        }
        String token = message.path("token").asText("");
        if (token.isEmpty()) {
            throw fcmError(400, "INVALID_ARGUMENT", "The message has no token.", "INVALID_ARGUMENT");
        }
        EuLoginApp app = apps.byPushToken(token).orElseThrow(() ->
                fcmError(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED"));
        Map<String, String> data = new LinkedHashMap<>();
        message.path("data").properties().forEach(field -> data.put(field.getKey(), field.getValue().asText()));
        app.pushed(data);
        return Answers.json(200, Map.of("name", "projects/" + exchange.pathParam(0) + "/messages/" + ids.incrementAndGet()));
    }

    private static HttpProblem fcmError(int status, String state, String text, String errorCode) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status);
        error.put("message", text);
        error.put("status", state);
        if (errorCode != null) {
            error.put("details", List.of(Map.of("@type", "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                    "errorCode", errorCode)));
        }
        return new HttpProblem(status, Map.of("error", error), Map.of());
    }
}
