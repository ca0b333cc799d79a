package lab.eulogin.idp.accounts;

import lab.eulogin.idp.links.LinkCheck;
import lab.eulogin.idp.links.LinkPurpose;
import lab.eulogin.idp.links.LinkService;
import lab.eulogin.idp.links.LinkUrls;
import lab.eulogin.idp.mail.Mailer;

/**
 * Changing the address of an account (FAQ HELP-03): the new address is confirmed by a link sent
 * to it, and the old one is told, so a hijacker cannot quietly take the account away.
 */
public final class EmailChange {

    public sealed interface Outcome {
        record Confirmed(Account account) implements Outcome { }

        record LinkProblem(LinkCheck check) implements Outcome { }

        record AddressTaken() implements Outcome { }
    }

    private final AccountRepository accounts;
    private final Authentication authentication;
    private final LinkService links;
    private final LinkUrls urls;
    private final Mailer mailer;
    private final MailComposer composer;

    public EmailChange(AccountRepository accounts, Authentication authentication, LinkService links, LinkUrls urls,
                       Mailer mailer, MailComposer composer) {
        this.accounts = accounts;
        this.authentication = authentication;
        this.links = links;
        this.urls = urls;
        this.mailer = mailer;
        this.composer = composer;
    }

    /** @return the problems, empty when the confirmation link is on its way */
    public FieldErrors request(Account account, String newEmail, String confirmation, String currentPassword) {
        FieldErrors errors = new FieldErrors();
        String address = EmailAddresses.normalise(newEmail);
        if (address.isEmpty()) {
            errors.add("newEmail", "email-required");
        } else if (!EmailAddresses.isValid(address)) {
            errors.add("newEmail", "email-invalid");
        } else if (address.equals(account.email())) {
            errors.add("newEmail", "email-unchanged");
        } else if (accounts.findByEmail(address).isPresent()) {
            errors.add("newEmail", "email-already-registered");
        } else if (!address.equals(EmailAddresses.normalise(confirmation))) {
            errors.add("newEmailConfirm", "email-mismatch");
        }
        if (currentPassword.isEmpty()) {
            errors.add("currentPassword", "password-required");
        } else if (!authentication.verifyCurrentPassword(account, currentPassword)) {
            errors.add("currentPassword", "password-incorrect");
        }
        if (errors.isEmpty()) {
            String token = links.issueEmailChange(account.id(), address);
            mailer.send(composer.emailChangeConfirmation(account, address, urls.confirmEmailUrl(token), links.validity()));
        }
        return errors;
    }

    public Outcome confirm(String token) {
        LinkCheck check = links.check(token);
        if (!(check instanceof LinkCheck.Valid valid) || valid.purpose() != LinkPurpose.EMAIL_CHANGE) {
            return new Outcome.LinkProblem(check instanceof LinkCheck.Valid ? new LinkCheck.Unknown() : check);
        }
        Account before = accounts.findById(valid.accountId()).orElseThrow();
        try {
            accounts.changeEmail(before.id(), valid.newEmail());
        } catch (EmailAlreadyRegisteredException e) {
            return new Outcome.AddressTaken();
        }
        if (!links.consume(token)) {
            return new Outcome.LinkProblem(links.check(token));
        }
        mailer.send(composer.emailChangeNotice(before, valid.newEmail()));
        return new Outcome.Confirmed(accounts.findById(before.id()).orElseThrow());
    }
}
