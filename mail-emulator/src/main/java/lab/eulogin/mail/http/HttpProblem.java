package lab.eulogin.mail.http;

/** A request that cannot be served as asked: answered with its status and a plain message, never a trace. */
public final class HttpProblem extends RuntimeException {
    private final int status;

    private HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    public static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }

    public static HttpProblem forbidden(String message) {
        return new HttpProblem(403, message);
    }

    public static HttpProblem unsupportedMediaType(String message) {
        return new HttpProblem(415, message);
    }

    public int status() {
        return status;
    }
}
