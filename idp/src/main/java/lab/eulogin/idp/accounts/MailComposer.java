package lab.eulogin.idp.accounts;

import lab.eulogin.idp.mail.OutgoingMail;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes EU Login's e-mails to an account (verification, password links, e-mail change), in the
 * account's e-mail language, whatever the language of the pages (FAQ ACC-14). Names are escaped in
 * the HTML part: they are whatever the user typed. The mail package only carries what it writes.
 */
public final class MailComposer {
    private static final String BUNDLE = "i18n.mail";
    // Without this, an English mail on a machine set to French would come out in French.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public OutgoingMail verification(Account account, String link, Duration validity) {
        return compose("verify", account, link, validity);
    }

    public OutgoingMail passwordReset(Account account, String link, Duration validity) {
        return compose("reset", account, link, validity);
    }

    /** A link to choose a password, sent at the helpdesk's request (FAQ HELP-02). */
    public OutgoingMail initialisationFromHelpdesk(Account account, String link, Duration validity) {
        return compose("helpdesk", account, link, validity);
    }

    /** Sent to the new address: the change happens only once its owner follows the link. */
    public OutgoingMail emailChangeConfirmation(Account account, String newEmail, String link, Duration validity) {
        OutgoingMail mail = compose("change", account, link, validity, newEmail);
        return new OutgoingMail(newEmail, mail.subject(), mail.text(), mail.html());
    }

    /** Sent to the old address once the change is done. */
    public OutgoingMail emailChangeNotice(Account before, String newEmail) {
        return compose("changed", before, "", Duration.ZERO, newEmail);
    }

    private OutgoingMail compose(String kind, Account account, String link, Duration validity) {
        return compose(kind, account, link, validity, "");
    }

    private OutgoingMail compose(String kind, Account account, String link, Duration validity, String newEmail) {
        Locale locale = account.emailLanguage();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        Object[] args = {account.firstName(), account.lastName(), link, validity.toHours(), newEmail};
        Object[] htmlArgs = {escape(account.firstName()), escape(account.lastName()), escape(link), validity.toHours(),
                escape(newEmail)};
        String subject = format(bundle, kind + ".subject", locale, args);
        String text = format(bundle, kind + ".text", locale, args);
        String html = "<html><body style=\"font-family:sans-serif\">"
                + format(bundle, kind + ".html", locale, htmlArgs)
                + "</body></html>";
        return new OutgoingMail(account.email(), subject, text, html);
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object[] args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
