package lab.eulogin.idp.support;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.MailComposer;
import lab.eulogin.idp.links.LinkPurpose;
import lab.eulogin.idp.links.LinkService;
import lab.eulogin.idp.links.LinkUrls;
import lab.eulogin.idp.mail.Delivery;
import lab.eulogin.idp.mail.Mailer;

import java.time.Clock;
import java.time.Duration;

/**
 * What support staff do to an account (FAQ HELP-02): unlock it, and send its owner a new link to
 * (re)initialise the password. Neither shows or sets a password: the owner chooses it.
 */
public final class HelpdeskActions {
    private final AccountRepository accounts;
    private final LinkService links;
    private final LinkUrls urls;
    private final Mailer mailer;
    private final MailComposer composer;
    private final Clock clock;

    public HelpdeskActions(AccountRepository accounts, LinkService links, LinkUrls urls, Mailer mailer,
                           MailComposer composer, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.urls = urls;
        this.mailer = mailer;
        this.composer = composer;
        this.clock = clock;
    }

    /** How long the links it sends work. */
    public Duration linkValidity() {
        return links.validity();
    }

    /** @return whether the account was locked */
    public boolean unlock(Account account) {
        boolean locked = account.lockedAt(clock.instant());
        accounts.clearFailedAttempts(account.id());
        return locked;
    }

    /**
     * Mails a new link to choose a password, valid as long as any e-mailed link. Following it sets
     * the password and ends any lock; links sent before keep working until they expire.
     */
    public Delivery sendInitialisationLink(Account account) {
        String token = links.issue(account.id(), LinkPurpose.INITIALISE);
        return mailer.send(composer.initialisationFromHelpdesk(account, urls.newPasswordUrl(account.uid(), token),
                links.validity()));
    }
}
