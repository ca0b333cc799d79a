package lab.eulogin.sms.client;

import java.time.Instant;

/**
 * A text message in a phone's inbox.
 *
 * @param id         grows with every arrival; pass the last one seen to wait for the next
 * @param sid        the gateway's message SID
 * @param receivedAt on the lab clock
 * @param silent     arrived while do-not-disturb was on
 */
public record Sms(long id, String sid, String from, String to, String body, Instant receivedAt, boolean silent) {
}
