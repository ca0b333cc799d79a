package lab.eulogin.idp.accounts;

import java.util.function.LongPredicate;

/**
 * "Configure my account": the owner's options, saved together. "Always require multi-factor
 * authentication" takes away the password as a way in, so it is refused to an account with nothing
 * else to sign in with: it would lock its owner out.
 */
public final class AccountConfiguration {

    public sealed interface Outcome {
        record Saved(AccountSettings settings) implements Outcome { }

        /** Nothing was saved. */
        record Invalid(FieldErrors errors) implements Outcome { }
    }

    private final AccountRepository accounts;
    private final LongPredicate hasSecondFactor;

    /** @param hasSecondFactor whether the account has a phone, a device or a security key, by account id */
    public AccountConfiguration(AccountRepository accounts, LongPredicate hasSecondFactor) {
        this.accounts = accounts;
        this.hasSecondFactor = hasSecondFactor;
    }

    public Outcome save(long accountId, AccountSettings wanted) {
        if (wanted.alwaysMultiFactor() && !hasSecondFactor.test(accountId)) {
            return new Outcome.Invalid(new FieldErrors().add("alwaysMultiFactor", "multi-factor-needs-second-factor"));
        }
        accounts.setSettings(accountId, wanted);
        return new Outcome.Saved(wanted);
    }
}
