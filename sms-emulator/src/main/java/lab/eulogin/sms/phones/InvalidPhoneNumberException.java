package lab.eulogin.sms.phones;

/** A phone number that is not in (or cannot be brought to) E.164 form. */
public final class InvalidPhoneNumberException extends IllegalArgumentException {
    private final String input;

    public InvalidPhoneNumberException(String input) {
        super("Not a phone number in E.164 form (+ and country code): " + input);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
