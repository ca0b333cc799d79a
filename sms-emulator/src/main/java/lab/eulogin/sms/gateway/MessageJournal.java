package lab.eulogin.sms.gateway;

/**
 * Where the gateway writes down each Message resource it remembers, as it remembers it (the send,
 * each later status). {@link #NONE} keeps nothing (an emulator without a data folder).
 */
@FunctionalInterface
public interface MessageJournal {
    MessageJournal NONE = message -> { };

    /** The message is new, or this is its latest version. */
    void message(TwilioMessage message);
}
