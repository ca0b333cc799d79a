package lab.eulogin.mail.client;

import java.time.Instant;
import java.util.List;
import lab.eulogin.mail.message.MailContent.Attachment;
import lab.eulogin.mail.message.MailContent.Header;

/** One message in full: as {@link MailMessage}, plus its headers, source and attachments. */
public record MailMessageDetail(long id, String mailbox, String folder, String from, List<String> to, String subject,
                                Instant date, List<Header> headers, String text, String html, String raw,
                                List<String> links, List<Attachment> attachments, long size) {
}
