package lab.eulogin.sms.phones;

import java.time.Instant;

/** How a message's journey through the network ended. */
public record DeliveryReport(Sms sms, Outcome outcome, Instant at) {

    public enum Outcome {
        /** In the inbox. */
        DELIVERED,
        /** The handset blocks the sender. */
        BLOCKED,
        /** The handset stayed unreachable past the message's validity period. */
        EXPIRED,
        /** The network held more messages for an unreachable handset than it keeps. */
        DROPPED
    }

    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }
}
