package lab.eulogin.idp.accounts;

import lab.eulogin.idp.mail.Mailer;

import java.time.Clock;

/**
 * Tells an account's owner, by e-mail in the account's e-mail language, that how the account signs
 * in has changed, unless they turned notifications off in "Configure my account". Whoever did it,
 * the owner hears of it: that is how someone else's doing is noticed (OWASP ASVS 2.2.3). Through
 * the outbox, so a mail server outage delays the mail but does not lose it or fail the change.
 */
public final class SecurityNotices {
    private final AccountRepository accounts;
    private final Mailer mailer;
    private final MailComposer composer;
    private final Clock clock;

    public SecurityNotices(AccountRepository accounts, Mailer mailer, MailComposer composer, Clock clock) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.composer = composer;
        this.clock = clock;
    }

    /** @return whether a mail was handed to the outbox */
    public boolean tell(long accountId, SecurityChange change) {
        return accounts.findById(accountId)
                .filter(account -> account.settings().emailNotifications())
                .map(account -> mailer.send(composer.securityChange(account, change, clock.instant())))
                .isPresent();
    }
}
