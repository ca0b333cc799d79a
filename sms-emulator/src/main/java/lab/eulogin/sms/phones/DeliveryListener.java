package lab.eulogin.sms.phones;

/** Told how each message's journey ended; called outside the phones' locks. */
@FunctionalInterface
public interface DeliveryListener {
    void reported(DeliveryReport report);
}
