package lab.eulogin.idp.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The first factor: e-mail address and password, with the lock after too many wrong ones. */
public final class Authentication {

    public sealed interface Outcome {
        /** @param passwordExpired the password must be changed before going on (FAQ SIGN-12) */
        record Success(Account account, boolean passwordExpired) implements Outcome { }

        record UnknownAccount() implements Outcome { }

        /** Registered, but the verification link was never followed. */
        record NotActivated() implements Outcome { }

        record WrongPassword(Account account, int attemptsLeft) implements Outcome { }

        /** Too many wrong passwords in a row; nothing signs in until {@code until} (FAQ SIGN-07). */
        record Locked(Instant until) implements Outcome { }
    }

    /** What NEXT on the sign-in page finds behind what was typed (FAQ ACC-13, SIGN-01, SIGN-04, SIGN-05). */
    public sealed interface Identification {
        record Found(Account account) implements Identification { }

        record NotFound() implements Identification { }

        record LegacyUsername() implements Identification { }

        /** The address an operator gave the account; only its original one signs in. */
        record ChangedByOperator(Account account) implements Identification { }
    }

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AccountPolicy policy;
    private final Clock clock;

    public Authentication(AccountRepository accounts, PasswordHasher hasher, AccountPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    public Identification identify(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (!value.contains("@")) {
            return value.isEmpty() || accounts.findByLegacyUsername(value).isEmpty()
                    ? new Identification.NotFound()
                    : new Identification.LegacyUsername();
        }
        String address = EmailAddresses.normalise(value);
        if (!EmailAddresses.isValid(address)) {
            return new Identification.NotFound();
        }
        Optional<Account> account = accounts.findByEmail(address);
        if (account.isPresent()) {
            return new Identification.Found(account.get());
        }
        return accounts.findByOperatorEmail(address)
                .<Identification>map(Identification.ChangedByOperator::new)
                .orElse(new Identification.NotFound());
    }

    public Optional<Account> account(String email) {
        return accounts.findByEmail(email);
    }

    public boolean locked(Account account) {
        return account.lockedAt(clock.instant());
    }

    /** @param account as the sign-in step has just loaded it by its address */
    public Outcome checkPassword(Account account, String password) {
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            return new Outcome.Locked(account.lockedUntil());
        }
        if (!account.activated()) {
            return new Outcome.NotActivated();
        }
        if (hasher.verify(password, account.passwordHash())) {
            if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
                accounts.clearFailedAttempts(account.id());
            }
            return new Outcome.Success(account, policy.passwordExpired(account, now));
        }
        int failures = accounts.recordFailedAttempt(account.id());
        if (failures >= policy.lockoutThreshold()) {
            Instant until = now.plus(policy.lockoutDuration());
            accounts.lockUntil(account.id(), until);
            return new Outcome.Locked(until);
        }
        return new Outcome.WrongPassword(account, policy.lockoutThreshold() - failures);
    }

    /** A password change from My Account, or a forced one after expiry, checks the current password first. */
    public boolean verifyCurrentPassword(Account account, String password) {
        return account.activated() && hasher.verify(password, account.passwordHash());
    }
}
