package lab.eulogin.sms.gateway;

import lab.eulogin.sms.http.HttpProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/** An error answered in Twilio's shape: {"code", "message", "more_info", "status"}. */
public final class TwilioError extends HttpProblem {
    private final int code;

    private TwilioError(int status, int code, String message, String detail, Map<String, String> headers) {
        super(status, body(status, code, message, detail), headers);
        this.code = code;
    }

    static TwilioError of(int status, int code, String message) {
        return new TwilioError(status, code, message, null, Map.of());
    }

    public int code() {
        return code;
    }

    static TwilioError authenticate() {
        return new TwilioError(401, 20003, "Authenticate", "Your AccountSid or AuthToken was incorrect.",
                Map.of("WWW-Authenticate", "Basic realm=\"Twilio API\""));
    }

    static TwilioError resourceNotFound(String path) {
        return of(404, 20404, "The requested resource " + path + " was not found");
    }

    static TwilioError serverError(int status) {
        return of(status, 20000 + status, status == 503 ? "Service unavailable" : "An internal server error has occurred");
    }

    static TwilioError missingTo() {
        return of(400, 21604, "A 'To' phone number is required.");
    }

    static TwilioError invalidTo(String to) {
        return of(400, 21211, "The 'To' number " + to + " is not a valid phone number.");
    }

    static TwilioError missingFrom() {
        return of(400, 21603, "A 'From' phone number is required.");
    }

    static TwilioError invalidFrom(String from) {
        return of(400, 21212, "The 'From' number " + from
                + " is not a valid phone number, shortcode, or alphanumeric sender ID.");
    }

    static TwilioError missingBody() {
        return of(400, 21602, "Message body is required.");
    }

    static TwilioError bodyTooLong() {
        return of(400, 21617, "The concatenated message body exceeds the 1600 character limit.");
    }

    static TwilioError invalidStatusCallback(String url) {
        return of(400, 21609, "The StatusCallback URL " + url + " is not a valid URL.");
    }

    static TwilioError invalidValidityPeriod() {
        return of(400, 21624, "Validity period can only be set to integers between 1 and 36,000 seconds.");
    }

    static TwilioError invalidPaging(String message) {
        return of(400, 20001, message);
    }

    private static Map<String, Object> body(int status, int code, String message, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("message", message);
        body.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        body.put("status", status);
        return body;
    }
}
