package lab.eulogin.mail.message;

import java.util.List;

/** What a message says, read from its source: the parts a person or a test looks at. */
public record MailContent(String text, String html, List<Header> headers, List<Attachment> attachments,
                          List<String> links) {
    public MailContent {
        headers = List.copyOf(headers);
        attachments = List.copyOf(attachments);
        links = List.copyOf(links);
    }

    public record Header(String name, String value) {
    }

    /** @param size decoded size in bytes */
    public record Attachment(String name, String type, long size) {
    }
}
