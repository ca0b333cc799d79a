package lab.eulogin.stack.demo;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountAdmin;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The accounts a demo needs to walk every path of the FAQs, listed in the README. Created once
 * (the data folder keeps them); the locked one is locked again at every start.
 */
public final class DemoAccounts {
    /** One password for every demo account; it meets the rule (FAQ ACC-05). */
    public static final String PASSWORD = "Lab-Demo-2026!";

    /** A demo account and what makes it interesting. */
    public record Demo(String email, String firstName, String lastName, AccountKind kind, Period passwordAge,
                       String note, Consumer<Setup> setup, boolean relockAtStart) {
    }

    /** What a demo account's setup may do besides creating it. */
    public record Setup(AccountAdmin admin, Account account) {
    }

    public static final List<Demo> ALL = List.of(
            new Demo("ana.external@example.eu", "Ana", "Pérez", AccountKind.EXTERNAL, Period.ZERO,
                    "a self-registered account that signs in with its password", s -> { }, false),
            new Demo("maria.retiree@example.eu", "Maria", "Rossi", AccountKind.RETIREE, Period.ofMonths(7),
                    "a retiree (EU Login4Life) whose password expired: it must be changed before going on (SIGN-12)",
                    s -> { }, false),
            new Demo("luc.retiree@example.eu", "Luc", "Janssens", AccountKind.RETIREE, Period.ZERO,
                    "a retiree (EU Login4Life) with no second factor: My Remote leads him to add one (SIGN-14)",
                    s -> { }, false),
            new Demo("greta.retiree@example.eu", "Greta", "Weber", AccountKind.RETIREE_EXTERNAL, Period.ofMonths(7),
                    "a retiree on an external EU Login she made herself: her password expires too (SIGN-12, HELP-04)",
                    s -> { }, false),
            new Demo("jan.locked@example.eu", "Jan", "Kowalski", AccountKind.STAFF, Period.ZERO,
                    "locked after too many wrong passwords; unlocks 15 minutes after the lab starts (SIGN-07)",
                    s -> s.admin().lock(s.account()), true),
            new Demo("pierre.legacy@example.eu", "Pierre", "Dupont", AccountKind.STAFF, Period.ZERO,
                    "has the old ECAS user name 'dupontp', which no longer signs in (SIGN-04)",
                    s -> s.admin().setLegacyUsername(s.account(), "dupontp"), false),
            new Demo("eva.original@example.eu", "Eva", "Novak", AccountKind.STAFF, Period.ZERO,
                    "the operator later set 'eva.novak@example.eu'; only the original address signs in (SIGN-05)",
                    s -> s.admin().setOperatorEmail(s.account(), "eva.novak@example.eu"), false));

    private DemoAccounts() {
    }

    public static void seed(AccountAdmin admin, Clock clock) {
        for (Demo demo : ALL) {
            Account account = admin.find(demo.email()).orElse(null);
            if (account == null) {
                Instant changed = clock.instant().atZone(ZoneOffset.UTC).minus(demo.passwordAge()).toInstant();
                account = admin.createActive(new NewAccount(demo.email(), demo.firstName(), demo.lastName(),
                        Locale.ENGLISH, demo.kind()), PASSWORD, changed);
                demo.setup().accept(new Setup(admin, account));
            } else if (demo.relockAtStart()) {
                demo.setup().accept(new Setup(admin, account));
            }
        }
    }
}
