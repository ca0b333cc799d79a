package lab.eulogin.idp.support;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.devices.MobileDevice;
import lab.eulogin.idp.links.IssuedLink;
import lab.eulogin.idp.mail.Outbox;
import lab.eulogin.idp.phones.MobilePhone;
import lab.eulogin.idp.phones.SmsChallenges;
import lab.eulogin.idp.reports.ProblemReport;

import java.time.Instant;
import java.util.List;

/**
 * Why an account can or cannot sign in, and what support staff need beside it (FAQ HELP-02).
 * Holds nothing of the password but when it was set: never the password, never its hash.
 *
 * @param reasons           what stops or hinders signing in, most serious first; {@code ok} when nothing does
 * @param passwordSet       whether the account has a password at all (it was activated)
 * @param passwordExpiresAt when the password must be changed, for kinds of account that must; null otherwise
 * @param methods           the verification methods the account can use, by their strength names
 * @param refusedBy         registered applications none of those methods signs in to
 * @param links             the latest e-mailed links, with their state (no token)
 */
public record Diagnosis(Account account, List<Reason> reasons, boolean locked, boolean passwordSet,
                        Instant passwordChangedAt, Instant passwordExpiresAt, boolean passwordExpired,
                        List<String> methods, List<String> refusedBy, List<MobilePhone> phones,
                        List<MobileDevice> devices, List<Link> links, List<SmsChallenges.SentChallenge> sms,
                        List<Outbox.Entry> mails, List<ProblemReport> reports) {

    /**
     * One reason, as a message key with up to two values (moments or words) to put in it.
     *
     * @param severity {@code blocking}: cannot sign in; {@code warning}: signs in, but something is
     *                 wrong; {@code info}: worth knowing
     */
    public record Reason(String key, String severity, Object arg0, Object arg1) {
        static Reason of(String key, String severity, Object... args) {
            return new Reason(key, severity, args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : null);
        }
    }

    /** An e-mailed link and its state at the time of the look-up. */
    public record Link(IssuedLink link, IssuedLink.State state) {
    }
}
