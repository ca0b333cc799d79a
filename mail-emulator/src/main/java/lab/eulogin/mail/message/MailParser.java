package lab.eulogin.mail.message;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Reads MIME messages: the envelope when mail arrives, the content when it is shown. */
public final class MailParser {
    private static final Session SESSION = Session.getInstance(new Properties());

    private MailParser() {
    }

    /**
     * Names Jakarta Mail's stream provider outright. Left to find it, Jakarta Mail runs a
     * ServiceLoader scan of the class path for every header block and body part it reads, which
     * made parsing (GreenMail's on arrival, ours when showing mail) ten times slower.
     */
    public static void nameStreamProvider() {
        String key = "jakarta.mail.util.StreamProvider";
        if (System.getProperty(key) == null) {
            System.setProperty(key, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** Who and what, as the message's own headers say (decoded for people). */
    public record Envelope(String from, List<String> to, String subject) {
    }

    public static Envelope envelope(MimeMessage message) {
        try {
            return new Envelope(addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    message.getSubject() == null ? "" : message.getSubject());
        } catch (MessagingException e) {
            return new Envelope("", List.of(), "");
        }
    }

    public static MailContent content(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Bodies bodies = new Bodies();
            walk(message, bodies);
            List<MailContent.Header> headers = new ArrayList<>();
            for (jakarta.mail.Header header : Collections.list(message.getAllHeaders())) {
                headers.add(new MailContent.Header(header.getName(), decode(header.getValue())));
            }
            return new MailContent(bodies.text, bodies.html, headers, bodies.attachments,
                    Links.in(bodies.text, bodies.html));
        } catch (MessagingException | IOException e) {
            // A malformed message still shows: as its source, with nothing parsed out of it.
            return new MailContent(new String(raw, StandardCharsets.ISO_8859_1), null, List.of(),
                    List.of(), List.of());
        }
    }

    private static void walk(Part part, Bodies bodies) throws MessagingException, IOException {
        String type = baseType(part);
        if (type.startsWith("multipart/") && part instanceof MimePart mimePart) {
            // Read directly from the source: getContent() would look up a content handler per part.
            MimeMultipart multipart = new MimeMultipart(new MimePartDataSource(mimePart));
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, bodies);
            }
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (!attached && type.equals("text/plain") && bodies.text == null) {
            bodies.text = text(part).replace("\r\n", "\n"); // lines as people write them
        } else if (!attached && type.equals("text/html") && bodies.html == null) {
            bodies.html = text(part);
        } else if (!type.startsWith("multipart/")) {
            String name = part.getFileName() == null ? "" : decode(part.getFileName());
            bodies.attachments.add(new MailContent.Attachment(name, type, decodedSize(part)));
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Charset charset = StandardCharsets.US_ASCII;
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name != null) {
                charset = Charset.forName(MimeUtility.javaCharset(name));
            }
        } catch (MessagingException | IllegalArgumentException unknownCharset) {
            charset = StandardCharsets.ISO_8859_1; // show the bytes rather than nothing
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charset);
        }
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static long decodedSize(Part part) throws MessagingException {
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return part.getSize(); // undecodable: its encoded size is the best we know
        }
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Address address : addresses) {
            result.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
        }
        return result;
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    private static final class Bodies {
        String text;
        String html;
        final List<MailContent.Attachment> attachments = new ArrayList<>();
    }
}
