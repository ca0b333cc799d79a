package lab.eulogin.idp.accounts;

import lab.eulogin.idp.mail.OutgoingMail;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    /**
     * "I want to receive email notifications": what changed and when, and what to do if the owner
     * did not do it. The detail (a device's or key's name) is escaped in the HTML part.
     */
    public OutgoingMail securityChange(Account account, SecurityChange change, Instant when) {
        Locale locale = account.emailLanguage();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        String key = "notice." + change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String moment = moment(when, locale);
        String what = format(bundle, key + ".what", locale, new Object[]{change.detail(), moment});
        String whatHtml = format(bundle, key + ".what", locale, new Object[]{escape(change.detail()), moment});
        String advice = format(bundle, key + ".advice", locale, new Object[0]);
        Object[] args = {account.firstName(), account.lastName(), what, advice};
        Object[] htmlArgs = {escape(account.firstName()), escape(account.lastName()), whatHtml, advice};
        return new OutgoingMail(account.email(), format(bundle, key + ".subject", locale, new Object[0]),
                format(bundle, "notice.text", locale, args),
                "<html><body style=\"font-family:sans-serif\">" + format(bundle, "notice.html", locale, htmlArgs)
                        + "</body></html>");
    }

    /** A moment in the mail's language, in UTC as the pages show it: "2 December 2026, 17:05 UTC", "2. Dezember 2026, 17:05 UTC". */
    private static String moment(Instant when, Locale locale) {
        ZonedDateTime utc = when.atZone(ZoneOffset.UTC);
        DateTimeFormatter day = "en".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return day.format(utc) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(utc) + " UTC";
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
