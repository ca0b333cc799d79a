package lab.eulogin.sms.web;

import java.util.Map;
import java.util.Optional;

/** A message shown at the top of the page after a form, keyed for tests by {@code data-msg}. */
record Notice(String key, String text, boolean error) {
    private static final Map<String, Notice> ALL = Map.of(
            "phone-added", new Notice("phone-added", "The phone is ready.", false),
            "phone-changed", new Notice("phone-changed", "The phone's settings are changed.", false),
            "app-installed", new Notice("app-installed", "The EU Login app is installed.", false),
            "app-removed", new Notice("app-removed", "The EU Login app is removed.", false),
            "app-not-installed", new Notice("app-not-installed", "The EU Login app is not installed on that phone.", true),
            "inbox-cleared", new Notice("inbox-cleared", "The inbox is empty.", false),
            "invalid-number", new Notice("invalid-number",
                    "Type the number with + and the country code, for example +32470123456.", true),
            "invalid-sender", new Notice("invalid-sender",
                    "A blocked sender is a phone number or a sender name of up to 11 letters and digits.", true),
            "form-expired", new Notice("form-expired", "The form had expired. Please try again.", true));

    /** Only known keys: the page never echoes what a link says. */
    static Optional<Notice> byKey(String key) {
        return Optional.ofNullable(ALL.get(key));
    }
}
