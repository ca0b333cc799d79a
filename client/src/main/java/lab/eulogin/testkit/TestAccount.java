package lab.eulogin.testkit;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import lab.eulogin.testkit.clients.LabAccountsClient;

/**
 * An EU Login account a test made through the lab's control API, with what the test needs to
 * sign in with it. Made with {@link LabKit#newAccount()}.
 *
 * @param mobilePhone the registered mobile phone number (E.164), or null when it has none
 */
public record TestAccount(String email, String password, String firstName, String lastName, AccountKind kind,
                          String mobilePhone) {

    /** Meets EU Login's password rule (FAQ ACC-05): at least 10 characters, upper and lower case, digits, specials. */
    public static final String DEFAULT_PASSWORD = "Lab-Kit-Pass-2026!";

    /** An account to make: every field has a working default, the address a fresh one. */
    public static final class Builder {
        private final Function<Map<String, String>, LabAccountsClient.Created> create;
        private String email = "user-" + UUID.randomUUID().toString().substring(0, 12) + "@example.eu";
        private String password = DEFAULT_PASSWORD;
        private String firstName = "Lab";
        private String lastName = "User";
        private AccountKind kind = AccountKind.EXTERNAL;
        private String language;
        private Period passwordAge;
        private String legacyUsername;
        private String operatorEmail;
        private boolean locked;
        private String mobilePhone;
        private final Map<String, String> options = new LinkedHashMap<>();

        Builder(Function<Map<String, String>, LabAccountsClient.Created> create) {
            this.create = create;
        }

        public Builder email(String value) { this.email = Objects.requireNonNull(value); return this; }
        public Builder password(String value) { this.password = Objects.requireNonNull(value); return this; }
        public Builder name(String first, String last) { this.firstName = first; this.lastName = last; return this; }
        /** EXTERNAL (self-registered, the default), STAFF or RETIREE. */
        public Builder kind(AccountKind value) { this.kind = Objects.requireNonNull(value); return this; }
        /** en (default), fr or de: the language of EU Login's mail to it. */
        public Builder language(String value) { this.language = value; return this; }
        /** A password set this long ago on the lab clock; past 6 months it must be changed (FAQ SIGN-12). */
        public Builder passwordAge(Period value) { this.passwordAge = value; return this; }
        /** The old ECAS user name, which no longer signs in (FAQ SIGN-04). */
        public Builder legacyUsername(String value) { this.legacyUsername = value; return this; }
        /** An address the operator set later; only the original signs in (FAQ SIGN-05). */
        public Builder operatorEmail(String value) { this.operatorEmail = value; return this; }
        /** Locked after too many wrong passwords, for 15 minutes of the lab clock (FAQ SIGN-07). */
        public Builder locked() { this.locked = true; return this; }
        /** A mobile phone number already registered for "Mobile Phone + SMS" (E.164, e.g. +32470123456). */
        public Builder mobilePhone(String number) { this.mobilePhone = number; return this; }
        /** "I want to receive email notifications": on unless turned off here. */
        public Builder emailNotifications(boolean on) { return option("emailNotifications", on); }
        /** "Warn me each time an application asks for my identity". */
        public Builder warnWhenIdentityAsked() { return option("warnWhenIdentityAsked", true); }
        /** "View my EU Login account details after logging me in". */
        public Builder detailsAfterSignIn() { return option("detailsAfterSignIn", true); }
        /** "Always require multi-factor authentication": needs {@link #mobilePhone}, a second factor to sign in with. */
        public Builder alwaysMultiFactor() { return option("alwaysMultiFactor", true); }

        private Builder option(String name, boolean on) {
            options.put(name, String.valueOf(on));
            return this;
        }

        /** Makes the account in the lab. */
        public TestAccount create() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("email", email);
            fields.put("password", password);
            fields.put("firstName", firstName);
            fields.put("lastName", lastName);
            fields.put("kind", kind.name());
            putIfSet(fields, "language", language);
            putIfSet(fields, "passwordAge", passwordAge == null ? null : passwordAge.toString());
            putIfSet(fields, "legacyUsername", legacyUsername);
            putIfSet(fields, "operatorEmail", operatorEmail);
            putIfSet(fields, "mobilePhone", mobilePhone);
            if (locked) {
                fields.put("locked", "true");
            }
            fields.putAll(options);
            LabAccountsClient.Created created = create.apply(fields);
            return new TestAccount(created.email(), password, firstName, lastName, kind, created.mobilePhone());
        }

        private static void putIfSet(Map<String, String> fields, String name, String value) {
            if (value != null) {
                fields.put(name, value);
            }
        }
    }
}
