package lab.eulogin.sms.client;

import java.time.Instant;

/**
 * A text message in a phone's inbox.
 *
 * @param id         grows with every arrival; pass the last one seen to wait for the next
 * @param sid        the gateway's message SID
 * @param sentAt     when the gateway took it (EU Login sent it), on the lab clock
 * @param receivedAt when it arrived on the phone, on the lab clock: later than {@code sentAt} when
 *                   the network held it for a phone that could not receive it
 * @param silent     arrived while do-not-disturb was on
 */
public record Sms(long id, String sid, String from, String to, String body, Instant sentAt, Instant receivedAt,
                  boolean silent) {
}
