package lab.eulogin.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import lab.eulogin.mail.client.MailApiClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real mail emulator on free ports for a test class, emptied before each test, with the clients
 * a tester would use: SMTP and IMAP (Jakarta Mail), the JSON API, plain HTTP.
 */
public final class RunningEmulator implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final Clock clock;
    private final int maxMessages;
    private MailEmulator emulator;
    private MailApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();

    public RunningEmulator(Clock clock) {
        this(clock, MailEmulatorConfig.DEFAULT_MAX_MESSAGES);
    }

    public RunningEmulator(Clock clock, int maxMessages) {
        this.clock = clock;
        this.maxMessages = maxMessages;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = MailEmulator.start(MailEmulatorConfig.anyFreePorts().withMaxMessages(maxMessages), clock);
        api = new MailApiClient(emulator.webUrl());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        api.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.close();
    }

    public MailEmulator emulator() {
        return emulator;
    }

    public MailApiClient api() {
        return api;
    }

    public Session smtpSession() {
        return smtpSession(emulator.smtpPort());
    }

    /** A Jakarta Mail session that sends to an emulator's SMTP port. */
    public static Session smtpSession(int smtpPort) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        props.put("mail.smtp.localhost", "localhost");
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        return Session.getInstance(props);
    }

    public MimeMessage message(String from, String to, String subject, String text) throws MessagingException {
        return message(smtpSession(), from, to, subject, text);
    }

    public static MimeMessage message(Session session, String from, String to, String subject, String text)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        return message;
    }

    public void send(String from, String to, String subject, String text) throws MessagingException {
        Transport.send(message(from, to, subject, text));
    }

    /** Subjects in an IMAP folder of {@code address}, logging in as GreenMail does: the address twice. */
    public List<String> imapSubjects(String address, String folderName) throws MessagingException {
        return imapSubjects(emulator.imapPort(), address, folderName);
    }

    public static List<String> imapSubjects(int imapPort, String address, String folderName) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", String.valueOf(imapPort));
        Store store = Session.getInstance(props).getStore("imap");
        store.connect(address, address);
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                subjects.add(message.getSubject());
            }
            folder.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(emulator.webUrl() + path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(emulator.webUrl() + path);
    }
}
