package lab.eulogin.sms.app;

/**
 * Where the apps write down what a phone keeps of its EU Login app (its enrolments and keys, its
 * settings) after each change to it.
 */
public interface AppJournal {
    /** The app was installed, or this is what it keeps now. */
    void app(AppRecord app);

    void appRemoved(String number);
}
