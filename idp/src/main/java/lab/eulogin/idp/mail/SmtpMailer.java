package lab.eulogin.idp.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/** Plain SMTP through Jakarta Mail, as to any real relay. Used by the outbox, which retries. */
public final class SmtpMailer {
    private final Session session;
    private final String from;
    private final Clock clock;

    public SmtpMailer(String host, int port, String from, Clock clock) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        this.session = Session.getInstance(props);
        this.from = from;
        this.clock = clock;
    }

    /** @throws MailDeliveryException saying whether the failure is temporary (4xx, no answer) or not (5xx) */
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.html(), "text/html; charset=UTF-8");
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailDeliveryException("Could not send mail to " + mail.to() + ": " + e.getMessage(), e,
                    !permanent(e));
        }
    }

    /** A 5xx answer anywhere in the chain is final; anything else (4xx, refused connection) may pass later. */
    private static boolean permanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPSendFailedException failed && failed.getReturnCode() >= 500) {
                return true;
            }
            if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t.getCause()
                    && permanent(m.getNextException())) {
                return true;
            }
        }
        return false;
    }
}
