package lab.eulogin.sms.phones;

import java.time.Instant;

/**
 * A message as it arrived on a handset.
 *
 * @param id         increases with every arrival across all phones, so "the next one after id" is well defined
 * @param sentAt     when the gateway took it, on the lab clock: a message the network held for an
 *                   unreachable phone arrives later than that
 * @param receivedAt when it arrived on the handset, on the lab clock
 * @param silent     arrived while do-not-disturb was on: there, but without ringing
 */
public record InboxMessage(long id, String sid, String from, String to, String body, Instant sentAt,
                           Instant receivedAt, boolean silent) {
}
