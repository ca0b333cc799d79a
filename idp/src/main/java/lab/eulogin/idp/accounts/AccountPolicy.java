package lab.eulogin.idp.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The numbers behind the account rules, where the FAQs give them or the lab picks one.
 *
 * @param lockoutThreshold  wrong passwords in a row that lock an account (5: the FAQs say only "too many
 *                          incorrect passwords [...] in a row", SIGN-07; 5 is the lab's choice)
 * @param lockoutDuration   how long the lock lasts (15 minutes; SIGN-07)
 * @param passwordMaxAge    per kind of account, how old a password may get (staff and both kinds of
 *                          retiree account, EU Login4Life and external: 6 months; other self-registered
 *                          accounts are not forced; SIGN-12, HELP-04)
 * @param captchaThreshold  registrations from one client within the window before a captcha shows (3; ACC-03)
 * @param captchaWindow     that window (1 hour)
 */
public record AccountPolicy(
        int lockoutThreshold,
        Duration lockoutDuration,
        Map<AccountKind, Period> passwordMaxAge,
        int captchaThreshold,
        Duration captchaWindow) {

    public static AccountPolicy defaults() {
        return new AccountPolicy(5, Duration.ofMinutes(15),
                Map.of(AccountKind.STAFF, Period.ofMonths(6), AccountKind.RETIREE, Period.ofMonths(6),
                        AccountKind.RETIREE_EXTERNAL, Period.ofMonths(6)),
                3, Duration.ofHours(1));
    }

    public boolean passwordExpired(Account account, Instant now) {
        Period maxAge = passwordMaxAge.get(account.kind());
        if (maxAge == null || account.passwordChangedAt() == null) {
            return false;
        }
        Instant expiry = account.passwordChangedAt().atZone(ZoneOffset.UTC).plus(maxAge).toInstant();
        return !now.isBefore(expiry);
    }
}
