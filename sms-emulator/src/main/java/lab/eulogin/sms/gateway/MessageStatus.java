package lab.eulogin.sms.gateway;

import java.util.Locale;

/** Twilio's statuses of an outbound message, as far as this gateway goes. */
public enum MessageStatus {
    QUEUED, SENT, DELIVERED, UNDELIVERED, FAILED;

    public boolean isFinal() {
        return this == DELIVERED || this == UNDELIVERED || this == FAILED;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
