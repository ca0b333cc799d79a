package lab.eulogin.idp.passwords;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.accounts.MailComposer;
import lab.eulogin.idp.accounts.PasswordHasher;
import lab.eulogin.idp.accounts.SecurityChange;
import lab.eulogin.idp.accounts.SecurityNotices;
import lab.eulogin.idp.links.LinkCheck;
import lab.eulogin.idp.links.LinkPurpose;
import lab.eulogin.idp.links.LinkService;
import lab.eulogin.idp.links.LinkUrls;
import lab.eulogin.idp.mail.Mailer;

import java.time.Clock;
import java.util.Optional;

/** Setting a password through an e-mailed link: the first one after registration, or after a reset. */
public final class PasswordLinks {

    public sealed interface Outcome {
        record Invalid(FieldErrors errors) implements Outcome { }

        record LinkProblem(LinkCheck check) implements Outcome { }

        /** @param service where "Proceed" goes on to: the service the registration started from, or null */
        record PasswordSet(Account account, String service) implements Outcome { }
    }

    private final AccountRepository accounts;
    private final LinkService links;
    private final LinkUrls urls;
    private final PasswordHasher hasher;
    private final Mailer mailer;
    private final MailComposer composer;
    private final Clock clock;
    private final SecurityNotices notices;

    public PasswordLinks(AccountRepository accounts, LinkService links, LinkUrls urls, PasswordHasher hasher,
                         Mailer mailer, MailComposer composer, Clock clock, SecurityNotices notices) {
        this.clock = clock;
        this.notices = notices;
        this.accounts = accounts;
        this.links = links;
        this.urls = urls;
        this.hasher = hasher;
        this.mailer = mailer;
        this.composer = composer;
    }

    /** Only links that set a password count here; an e-mail change link is not one of them. */
    public LinkCheck check(String token) {
        LinkCheck check = links.check(token);
        return check instanceof LinkCheck.Valid valid && !valid.purpose().setsPassword() ? new LinkCheck.Unknown() : check;
    }

    public Outcome setPassword(String token, String password, String confirmation) {
        LinkCheck check = check(token);
        if (!(check instanceof LinkCheck.Valid valid)) {
            return new Outcome.LinkProblem(check);
        }
        FieldErrors errors = NewPasswords.check(password, confirmation);
        if (!errors.isEmpty()) {
            return new Outcome.Invalid(errors);
        }
        // Hash first, then consume: the slow part happens before the link is spent.
        String hash = hasher.hash(password);
        if (!links.consume(token)) {
            return new Outcome.LinkProblem(links.check(token));
        }
        // The first password of a new account is no change to tell of; a reset's, or the helpdesk's link's, is.
        boolean hadOne = accounts.findById(valid.accountId()).map(Account::activated).orElse(false);
        accounts.setPassword(valid.accountId(), hash);
        if (hadOne) {
            notices.tell(valid.accountId(), SecurityChange.passwordChanged());
        }
        return new Outcome.PasswordSet(accounts.findById(valid.accountId()).orElseThrow(), valid.service());
    }

    /**
     * "Lost your password?": mails a new link if the address has an account. Whether it has one is
     * not revealed here; the sign-in page's NEXT already tells (FAQ ACC-13). A locked account gets
     * no link until its lock ends (FAQ SIGN-07).
     *
     * @return false when the account is locked and nothing was sent
     */
    public boolean requestReset(String email) {
        Optional<Account> account = accounts.findByEmail(EmailAddresses.normalise(email));
        if (account.isPresent() && account.get().lockedAt(clock.instant())) {
            return false;
        }
        account.ifPresent(a -> {
            String token = links.issue(a.id(), LinkPurpose.RESET);
            mailer.send(composer.passwordReset(a, urls.newPasswordUrl(a.uid(), token), links.validity()));
        });
        return true;
    }
}
