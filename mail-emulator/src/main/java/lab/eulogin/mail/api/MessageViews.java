package lab.eulogin.mail.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import lab.eulogin.mail.client.MailMessage;
import lab.eulogin.mail.client.MailMessageDetail;
import lab.eulogin.mail.message.MailContent;
import lab.eulogin.mail.message.MailParser;
import lab.eulogin.mail.store.StoredMail;

/** Stored messages as the API shows them; bodies are parsed from the source here, when asked for. */
public final class MessageViews {
    private MessageViews() {
    }

    public static MailMessage summary(StoredMail mail) {
        MailContent content = MailParser.content(mail.raw());
        return new MailMessage(mail.id(), mail.mailbox(), mail.folder().label(), mail.from(), mail.to(),
                mail.subject(), mail.date(), content.text(), content.html(), content.links());
    }

    public static MailMessageDetail detail(StoredMail mail) {
        MailContent content = MailParser.content(mail.raw());
        return new MailMessageDetail(mail.id(), mail.mailbox(), mail.folder().label(), mail.from(), mail.to(),
                mail.subject(), mail.date(), headers(content), content.text(), content.html(),
                new String(mail.raw(), StandardCharsets.UTF_8), content.links(), attachments(content), mail.size());
    }

    private static List<MailMessageDetail.Header> headers(MailContent content) {
        return content.headers().stream().map(h -> new MailMessageDetail.Header(h.name(), h.value())).toList();
    }

    private static List<MailMessageDetail.Attachment> attachments(MailContent content) {
        return content.attachments().stream()
                .map(a -> new MailMessageDetail.Attachment(a.name(), a.type(), a.size())).toList();
    }
}
