package lab.eulogin.mail.store;

import java.time.Instant;
import java.util.Locale;

/**
 * What to list. Every filter is optional (null = any); pages count from the newest message, page 1
 * holding the {@code size} newest.
 *
 * @param subject text the subject contains, case-insensitively
 * @param since   messages that arrived at or after this instant
 */
public record MailQuery(String mailbox, Folder folder, String subject, Instant since, int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public MailQuery {
        mailbox = Addresses.key(mailbox);
        if (subject != null && subject.isBlank()) {
            subject = null;
        }
        if (page < 1) {
            throw new IllegalArgumentException("page counts from 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    boolean matches(StoredMail mail) {
        return (folder == null || mail.folder() == folder)
                && (since == null || !mail.date().isBefore(since))
                && (subject == null || mail.subject().toLowerCase(Locale.ROOT).contains(subject.toLowerCase(Locale.ROOT)));
    }
}
