package lab.eulogin.idp.accounts;

import lab.eulogin.idp.links.LinkPurpose;
import lab.eulogin.idp.links.LinkService;
import lab.eulogin.idp.links.LinkUrls;
import lab.eulogin.idp.mail.MailComposer;
import lab.eulogin.idp.mail.MailDeliveryException;
import lab.eulogin.idp.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/** "Create an account": validate, create the account without a password, mail the link (FAQ ACC-01). */
public final class Registration {
    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);

    public sealed interface Outcome {
        record Invalid(FieldErrors errors) implements Outcome { }

        record Registered(Account account, boolean mailSent) implements Outcome { }
    }

    private final AccountRepository accounts;
    private final LinkService links;
    private final LinkUrls urls;
    private final Mailer mailer;
    private final MailComposer composer;

    public Registration(AccountRepository accounts, LinkService links, LinkUrls urls, Mailer mailer, MailComposer composer) {
        this.accounts = accounts;
        this.links = links;
        this.urls = urls;
        this.mailer = mailer;
        this.composer = composer;
    }

    public Outcome register(RegistrationForm form) {
        FieldErrors errors = form.validate();
        if (!errors.isEmpty()) {
            return new Outcome.Invalid(errors);
        }
        Account account;
        try {
            account = accounts.create(new NewAccount(
                    EmailAddresses.normalise(form.email()),
                    Names.normalise(form.firstName()),
                    Names.normalise(form.lastName()),
                    Locale.forLanguageTag(form.emailLanguage()),
                    AccountKind.EXTERNAL));
        } catch (EmailAlreadyRegisteredException e) {
            return new Outcome.Invalid(new FieldErrors().add("email", "email-already-registered"));
        }
        String token = links.issue(account.id(), LinkPurpose.INITIALISE);
        try {
            mailer.send(composer.verification(account, urls.newPasswordUrl(account.uid(), token), links.validity()));
            return new Outcome.Registered(account, true);
        } catch (MailDeliveryException e) {
            // The account stays; its owner can ask for a new link once mail flows again.
            LOG.warn("Verification mail for account {} not sent: {}", account.uid(), e.getCause().getMessage());
            return new Outcome.Registered(account, false);
        }
    }
}
