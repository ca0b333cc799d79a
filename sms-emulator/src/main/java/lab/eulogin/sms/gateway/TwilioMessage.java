package lab.eulogin.sms.gateway;

import java.net.URI;
import java.time.Instant;

/**
 * A Message resource as Twilio keeps it.
 *
 * @param callbackToken the auth token the message was sent with: Twilio signs status callbacks with it
 */
public record TwilioMessage(String sid, String accountSid, String to, String from, String body,
                            MessageStatus status, int numSegments, Instant dateCreated, Instant dateUpdated,
                            Instant dateSent, Integer errorCode, String errorMessage, URI statusCallback,
                            String callbackToken) {

    public TwilioMessage withStatus(MessageStatus newStatus, Instant at) {
        return new TwilioMessage(sid, accountSid, to, from, body, newStatus, numSegments, dateCreated, at,
                newStatus == MessageStatus.SENT ? at : dateSent, errorCode, errorMessage, statusCallback,
                callbackToken);
    }

    public TwilioMessage withError(MessageStatus newStatus, int code, String message, Instant at) {
        return new TwilioMessage(sid, accountSid, to, from, body, newStatus, numSegments, dateCreated, at,
                dateSent, code, message, statusCallback, callbackToken);
    }
}
