package lab.eulogin.sms.http;

import java.util.Map;

/**
 * A request that cannot be served, with the answer to give instead. Thrown anywhere below a
 * handler; the router turns it into the response, so no handler formats its own errors.
 */
public class HttpProblem extends RuntimeException {
    private final int status;
    private final Object body;
    private final Map<String, String> headers;

    public HttpProblem(int status, Object body, Map<String, String> headers) {
        super(status + " " + body, null, false, false);
        this.status = status;
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    /** The lab's own error shape: {"status": 400, "error": "..."}. */
    public static HttpProblem of(int status, String message) {
        return new HttpProblem(status, Answers.errorBody(status, message), Map.of());
    }

    public static HttpProblem badRequest(String message) {
        return of(400, message);
    }

    public static HttpProblem notFound(String message) {
        return of(404, message);
    }

    public int status() {
        return status;
    }

    public Object body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
