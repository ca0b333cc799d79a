package lab.eulogin.sms.app;

/**
 * Where the apps write down what a phone keeps of its EU Login app (its enrolments and keys, its
 * settings) after each change to it. {@link #NONE} keeps nothing (an emulator without a data folder).
 */
public interface AppJournal {
    AppJournal NONE = new AppJournal() {
        @Override public void app(AppRecord app) { }
        @Override public void appRemoved(String number) { }
    };

    /** The app was installed, or this is what it keeps now. */
    void app(AppRecord app);

    void appRemoved(String number);
}
