package lab.eulogin.sms.gateway;

/**
 * Where the gateway writes down each Message resource it remembers, as it remembers it (the send,
 * each later status).
 */
@FunctionalInterface
public interface MessageJournal {
    /** The message is new, or this is its latest version. */
    void message(TwilioMessage message);
}
