package lab.eulogin.sms.client;

/**
 * A Message resource as the Twilio-style endpoint answers it.
 *
 * @param status       queued, sent, delivered, undelivered or failed
 * @param dateCreated  RFC 2822, as Twilio writes it
 * @param errorCode    Twilio's error code once undelivered, else null
 */
public record SentMessage(String sid, String accountSid, String to, String from, String body, String status,
                          int numSegments, String dateCreated, Integer errorCode, String errorMessage, String uri) {
}
