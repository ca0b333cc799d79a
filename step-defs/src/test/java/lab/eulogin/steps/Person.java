package lab.eulogin.steps;

import java.util.UUID;

import lab.eulogin.steps.pages.RegisterPage;

/** The person a scenario follows, with an e-mail address of their own so no scenario reads another's mail. */
public class Person {
    private final String firstName = "Maria";
    private final String lastName = "Rossi";
    private final String email = "maria.rossi." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    private String password;

    public String email() {
        return email;
    }

    public String password() {
        if (password == null) {
            throw new IllegalStateException("No password has been chosen in this scenario yet");
        }
        return password;
    }

    public void choosePassword(String password) {
        this.password = password;
    }

    /** The registration form as this person fills it in, correctly, with e-mails in English. */
    public RegisterPage.Form registrationForm() {
        return new RegisterPage.Form(firstName, lastName, email, email, "en", true);
    }
}
