package lab.eulogin.idp.phones;

/** Where text messages go: any Twilio-compatible provider, the lab's SMS emulator by default. */
public interface SmsGateway {
    /** @throws SmsDeliveryException when the provider refuses, fails or does not answer in time */
    void send(String to, String body);
}
