package lab.eulogin.idp.accounts;

import java.util.Locale;

/** What a registration (or the demo seed) knows about an account before it exists. */
public record NewAccount(String email, String firstName, String lastName, Locale emailLanguage, AccountKind kind) {
}
