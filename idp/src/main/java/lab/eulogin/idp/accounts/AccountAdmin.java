package lab.eulogin.idp.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What operators and the helpdesk do to accounts, and what the lab's demo data needs: never
 * reading a password, only setting one.
 */
public final class AccountAdmin {
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AccountPolicy policy;
    private final Clock clock;

    public AccountAdmin(AccountRepository accounts, PasswordHasher hasher, AccountPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    public Optional<Account> find(String email) {
        return accounts.findByEmail(email);
    }

    /** An account ready to sign in, its password set at {@code passwordChangedAt}. */
    public Account createActive(NewAccount account, String password, Instant passwordChangedAt) {
        Account created = accounts.create(account);
        accounts.setPassword(created.id(), hasher.hash(password), passwordChangedAt);
        return accounts.findById(created.id()).orElseThrow();
    }

    public void setLegacyUsername(Account account, String username) {
        accounts.setLegacyUsername(account.id(), username);
    }

    /** The operator gives the account another address; the original one still signs in (FAQ SIGN-05). */
    public void setOperatorEmail(Account account, String email) {
        accounts.setOperatorEmail(account.id(), email);
    }

    /** As if the owner had typed too many wrong passwords just now (FAQ SIGN-07). */
    public void lock(Account account) {
        accounts.lockUntil(account.id(), clock.instant().plus(policy.lockoutDuration()));
    }

    public void unlock(Account account) {
        accounts.clearFailedAttempts(account.id());
    }
}
