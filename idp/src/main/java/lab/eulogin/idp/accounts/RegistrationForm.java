package lab.eulogin.idp.accounts;

/** What the "Create an account" form sends, as typed. */
public record RegistrationForm(
        String firstName, String lastName, String email, String emailConfirm, String emailLanguage, boolean privacyAccepted) {

    /** Every problem at once, each on its field, so the user mends them in one go (FAQ ACC-02). */
    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        String first = Names.problem(Names.normalise(firstName), "first-name-required", "first-name-invalid");
        if (first != null) errors.add("firstName", first);
        String last = Names.problem(Names.normalise(lastName), "last-name-required", "last-name-invalid");
        if (last != null) errors.add("lastName", last);
        String address = EmailAddresses.normalise(email);
        if (address.isEmpty()) {
            errors.add("email", "email-required");
        } else if (address.length() > EmailAddresses.MAX_LENGTH) {
            errors.add("email", "too-long");
        } else if (!EmailAddresses.isValid(address)) {
            errors.add("email", "email-invalid");
        } else if (EmailAddresses.isInstitutional(address)) {
            errors.add("email", "email-institution");
        }
        if (!errors.has("email") && !address.equals(EmailAddresses.normalise(emailConfirm))) {
            errors.add("emailConfirm", "email-mismatch");
        }
        if (!Languages.isSupported(emailLanguage)) errors.add("emailLanguage", "email-language-required");
        if (!privacyAccepted) errors.add("privacy", "privacy-required");
        return errors;
    }
}
