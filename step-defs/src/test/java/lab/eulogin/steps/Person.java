package lab.eulogin.steps;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import lab.eulogin.steps.pages.RegisterPage;

/** The person a scenario follows, with an e-mail address of their own so no scenario reads another's mail. */
public class Person {
    /** The password of accounts a scenario is given rather than creates; it meets the rule (FAQ ACC-05). */
    public static final String GIVEN_PASSWORD = "Lab-Scenario-2026!";

    private final String firstName = "Maria";
    private final String lastName = "Rossi";
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "maria.rossi." + suffix + "@example.org";
    private String password;
    private String previousPassword;
    private String newEmail;

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String password() {
        if (password == null) {
            throw new IllegalStateException("No password has been chosen in this scenario yet");
        }
        return password;
    }

    /** A new password; the one it replaces is kept, to show that it no longer works. */
    public void choosePassword(String password) {
        this.previousPassword = this.password;
        this.password = password;
    }

    public String previousPassword() {
        if (previousPassword == null) {
            throw new IllegalStateException("No password has been replaced in this scenario yet");
        }
        return previousPassword;
    }

    /** The address this person asked to change to (FAQ HELP-03). */
    public String newEmail() {
        if (newEmail == null) {
            throw new IllegalStateException("No new address has been asked for in this scenario yet");
        }
        return newEmail;
    }

    public String chooseNewEmail(String named) {
        newEmail = ownVariantOf(named);
        return newEmail;
    }

    /**
     * The address a scenario names, made this scenario's own ("maria.new@example.org" becomes
     * "maria.new.1a2b3c4d@example.org"), so no two scenarios ever share a mailbox.
     */
    public String ownVariantOf(String named) {
        return named.replace("@", "." + suffix + "@");
    }

    /** The registration form as this person fills it in, correctly, with e-mails in English. */
    public RegisterPage.Form registrationForm() {
        return new RegisterPage.Form(firstName, lastName, email, email, "en", true);
    }

    /**
     * What the operator is asked to make for this person: an account with {@link #GIVEN_PASSWORD},
     * plus the given fields of {@code /__lab/accounts} (kind, passwordAge, legacyUsername, ...).
     */
    public Map<String, String> accountWith(Map<String, String> fields) {
        choosePassword(GIVEN_PASSWORD);
        Map<String, String> account = new HashMap<>(fields);
        account.put("email", email);
        account.put("password", GIVEN_PASSWORD);
        account.put("firstName", firstName);
        account.put("lastName", lastName);
        return account;
    }
}
