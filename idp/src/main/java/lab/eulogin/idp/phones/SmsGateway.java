package lab.eulogin.idp.phones;

/** Where text messages go: any Twilio-compatible provider, the lab's SMS emulator by default. */
public interface SmsGateway {
    /**
     * @param statusCallback where the provider posts its delivery receipts (Twilio's StatusCallback), or null
     * @return the provider's id of the message (Twilio's sid), or null when it gave none
     * @throws SmsDeliveryException when the provider refuses, fails or does not answer in time
     */
    String send(String to, String body, String statusCallback);
}
