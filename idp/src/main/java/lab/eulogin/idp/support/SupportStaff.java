package lab.eulogin.idp.support;

import lab.eulogin.idp.accounts.Names;
import lab.eulogin.idp.accounts.PasswordHasher;
import lab.eulogin.idp.accounts.PasswordPolicy;
import lab.eulogin.idp.store.Database;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The support staff's own accounts: made by configuration (the lab's demo seeds two, tests make
 * their own), signed in to the console with a password hashed as the users' are, and locked after
 * too many wrong ones in a row, as the users' accounts are.
 */
public final class SupportStaff {
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public sealed interface SignIn {
        record Ok(StaffMember member) implements SignIn { }

        /** Unknown login or wrong password: the console does not say which. */
        record Refused() implements SignIn { }

        record Locked(Instant until) implements SignIn { }
    }

    /** Making a staff account: done, or why not (for the operator, in English). */
    public sealed interface Created {
        record Ok(StaffMember member) implements Created { }

        record Invalid(String problem) implements Created { }

        record LoginTaken() implements Created { }
    }

    private final StaffRepository staff;
    private final PasswordHasher hasher;
    private final SupportPolicy policy;
    private final Clock clock;
    private volatile String decoyHash;

    public SupportStaff(Database db, PasswordHasher hasher, SupportPolicy policy, Clock clock) {
        this.staff = new StaffRepository(db);
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    public SupportPolicy policy() {
        return policy;
    }

    public static String normaliseLogin(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    public Created create(String login, String displayName, StaffRole role, String password) {
        String name = Names.normalise(login);
        String normalised = normaliseLogin(name);
        String shown = Names.normalise(displayName);
        if (!LOGIN.matcher(normalised).matches()) {
            return new Created.Invalid("login must be 3 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        }
        if (shown.isEmpty() || shown.length() > Names.MAX_LENGTH || shown.chars().anyMatch(Character::isISOControl)) {
            return new Created.Invalid("name must be 1 to " + Names.MAX_LENGTH + " characters");
        }
        if (role == null) {
            return new Created.Invalid("role must be VIEWER or AGENT");
        }
        if (!PasswordPolicy.accepts(password)) {
            return new Created.Invalid("password does not meet the rule of FAQ ACC-05");
        }
        if (!staff.create(normalised, shown, role, hasher.hash(password), clock.instant())) {
            return new Created.LoginTaken();
        }
        return new Created.Ok(find(normalised).orElseThrow());
    }

    public Optional<StaffMember> find(String login) {
        return staff.findByLogin(normaliseLogin(login)).map(StaffRepository.Stored::member);
    }

    public Optional<StaffMember> findById(long id) {
        return staff.findById(id).map(StaffRepository.Stored::member);
    }

    public SignIn signIn(String login, String password) {
        Optional<StaffRepository.Stored> found = staff.findByLogin(normaliseLogin(login));
        if (found.isEmpty()) {
            // As slow as a real check, so the answer's time does not tell which logins exist.
            hasher.verify(password, decoy());
            return new SignIn.Refused();
        }
        StaffMember member = found.get().member();
        Instant now = clock.instant();
        if (member.lockedAt(now)) {
            return new SignIn.Locked(member.lockedUntil());
        }
        if (hasher.verify(password, found.get().passwordHash())) {
            if (member.failedAttempts() > 0 || member.lockedUntil() != null) {
                staff.clearFailedAttempts(member.id());
            }
            return new SignIn.Ok(findById(member.id()).orElseThrow());
        }
        int failures = staff.recordFailedAttempt(member.id());
        if (failures >= policy.lockoutThreshold()) {
            Instant until = now.plus(policy.lockoutDuration());
            staff.lockUntil(member.id(), until);
            return new SignIn.Locked(until);
        }
        return new SignIn.Refused();
    }

    private String decoy() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash("decoy-" + System.nanoTime());
            decoyHash = hash;
        }
        return hash;
    }
}
