package lab.eulogin.mail.client;

import java.time.Instant;
import java.util.List;

/** One message in full: as {@link MailMessage}, plus its headers, source and attachments. */
public record MailMessageDetail(long id, String mailbox, String folder, String from, List<String> to, String subject,
                                Instant date, List<Header> headers, String text, String html, String raw,
                                List<String> links, List<Attachment> attachments, long size) {

    /** A header as the message carries it, decoded. */
    public record Header(String name, String value) {
    }

    /** @param size decoded size in bytes */
    public record Attachment(String name, String type, long size) {
    }
}
