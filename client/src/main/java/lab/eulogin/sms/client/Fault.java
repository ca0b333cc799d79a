package lab.eulogin.sms.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A gateway fault: {@code slow} (delay in ms), {@code server-error} (status 5xx) or
 * {@code drop-connection}; for every request, or only for messages to {@code number}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fault(String kind, Integer delay, Integer status, String number) {

    public static Fault slow(int delayMillis) {
        return new Fault("slow", delayMillis, null, null);
    }

    public static Fault serverError(int status) {
        return new Fault("server-error", null, status, null);
    }

    public static Fault dropConnection() {
        return new Fault("drop-connection", null, null, null);
    }

    /** The same fault, only for messages to this number. */
    public Fault forNumber(String phoneNumber) {
        return new Fault(kind, delay, status, phoneNumber);
    }
}
