package lab.eulogin.sms.phones;

import java.time.Instant;

/**
 * A text message travelling through the network to a handset.
 *
 * @param sid        the gateway's reference, shown with the message in the inbox
 * @param sentAt     when the gateway took it, on the lab clock
 * @param validUntil after this instant of the lab clock the network gives up on an unreachable phone
 */
public record Sms(String sid, String from, String to, String body, Instant sentAt, Instant validUntil) {
}
