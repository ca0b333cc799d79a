package lab.eulogin.mail.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import lab.eulogin.mail.store.StoredMail;

/** How a message sits in a list, and how times read on the pages (UTC, like the lab clock). */
final class Rows {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Rows() {
    }

    record Row(long id, String mailbox, String folder, String from, String subject, String time, String iso) {
    }

    static Row of(StoredMail mail) {
        return new Row(mail.id(), mail.mailbox(), mail.folder().label(), mail.from(),
                mail.subject().isBlank() ? "(no subject)" : mail.subject(), time(mail.date()), mail.date().toString());
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
