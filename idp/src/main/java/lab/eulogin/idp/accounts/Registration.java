package lab.eulogin.idp.accounts;

import lab.eulogin.idp.links.LinkService;
import lab.eulogin.idp.links.LinkUrls;
import lab.eulogin.idp.mail.Delivery;
import lab.eulogin.idp.mail.Mailer;

import java.util.Locale;

/** "Create an account": validate, create the account without a password, mail the link (FAQ ACC-01). */
public final class Registration {
    public sealed interface Outcome {
        record Invalid(FieldErrors errors) implements Outcome { }

        /** @param mailSent false when the mail server could not take the mail yet: the outbox keeps trying */
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

    /**
     * @param service the registered service the person came from (the sign-in page's "Create an
     *                account" during its sign-in), or null: kept with the link for "Proceed" (FAQ ACC-04)
     */
    public Outcome register(RegistrationForm form, String service) {
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
        String token = links.issueInitialisation(account.id(), service);
        // Queued mail is retried by the outbox; the page then says it may take a while.
        Delivery delivery = mailer.send(composer.verification(account, urls.newPasswordUrl(account.uid(), token),
                links.validity()));
        return new Outcome.Registered(account, delivery == Delivery.SENT);
    }
}
