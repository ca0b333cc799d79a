package lab.eulogin.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lab.eulogin.mail.client.MailApiClient;
import lab.eulogin.mail.client.MailMessage;

/**
 * Prints the mail emulator's figures: start-up time, SMTP throughput, wait-for-next latency, heap
 * after 100,000 messages and page times at that size. Not a test; run it as the README says.
 * Everything runs on loopback, bounded in count.
 */
public final class MailBenchmark {
    private static final int MESSAGES = Integer.getInteger("messages", 100_000);
    /** A data folder to keep the mail in (the lab's way), or none: in memory only. */
    private static final String DATA = System.getProperty("data");
    private static final int SENDERS = 2;
    private static final int MAILBOXES = 100;
    private static final int LATENCY_ROUNDS = 200;
    private static final String LINK = "https://localhost:7000/cas/eim/external/register.cgi?action=init&key=";

    private MailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        MailEmulatorConfig config = MailEmulatorConfig.anyFreePorts();
        if (DATA != null) {
            config = config.withDataDir(java.nio.file.Path.of(DATA));
        }
        try (MailEmulator mail = MailEmulator.start(config, Clock.systemUTC())) {
            System.out.printf("start-up                         %6.0f ms%n", millisSince(started));
            MailApiClient api = new MailApiClient(mail.webUrl());
            Session session = session(mail.smtpPort());

            sendOneConnectionEach(session, 1_000);
            api.purge();
            sendOneConnectionEach(session, 2_000);
            api.purge();
            long sent = System.nanoTime();
            sendOverOpenConnections(session, MESSAGES);
            double seconds = millisSince(sent) / 1000;
            System.out.printf("SMTP, %d senders, open conns     %6.0f messages/s (%d messages, %.1f s)%n",
                    SENDERS, MESSAGES / seconds, MESSAGES, seconds);
            long heapAfter = usedHeap();
            System.out.printf("heap after %,d messages     %6.0f MB (%.1f KB per message; %d bytes raw each); "
                            + "%.0f MB in use in all%n",
                    MESSAGES, (heapAfter - heapBefore) / 1e6, (heapAfter - heapBefore) / 1e3 / MESSAGES,
                    raw(session, "x@x.test", 0).length, heapAfter / 1e6);

            pageTimes(mail);
            imapTimes(mail);
            latency(mail, api, session);
        }
    }

    /** A new SMTP connection per message, as most applications send (Transport.send). */
    private static void sendOneConnectionEach(Session session, int count) throws Exception {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Transport.send(message(session, "user" + (i % MAILBOXES) + "@bench.test", i));
        }
        System.out.printf("SMTP, 1 sender, new conn each    %6.0f messages/s (%d messages)%n",
                count / (millisSince(started) / 1000), count);
    }

    private static void sendOverOpenConnections(Session session, int count) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<?>> done = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            done.add(senders.submit(() -> {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect();
                    for (int i = sender; i < count; i += SENDERS) {
                        MimeMessage message = message(session, "user" + (i % MAILBOXES) + "@bench.test", i);
                        transport.sendMessage(message, message.getAllRecipients());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        senders.shutdown();
    }

    private static void pageTimes(MailEmulator mail) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String[][] pages = {
                {"web index (100 mailboxes)", "/"},
                {"web mailbox, page 1", "/mailbox/user7@bench.test"},
                {"web mailbox, last page", "/mailbox/user7@bench.test?page=20"},
                {"API, all mail, page 1 (50)", "/api/messages"},
                {"API, all mail, page 2000", "/api/messages?page=2000"},
                {"API, one mailbox, subject filter", "/api/messages?to=user7@bench.test&subject=99"},
        };
        for (String[] page : pages) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(mail.webUrl() + page[1])).build();
            for (int warm = 0; warm < 20; warm++) {
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long started = System.nanoTime();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                times.add(millisSince(started));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(page[1] + " answered " + response.statusCode());
                }
            }
            Collections.sort(times);
            System.out.printf("%-32s %6.1f ms p50, %.1f ms p95%n", page[0], percentile(times, 50), percentile(times, 95));
        }
    }

    /**
     * A mail program on one mailbox of 1,000 messages: log in and open the INBOX, list every
     * message's envelope and flags (what a mail program shows), then read one message in full; 25
     * times, the first 5 not counted. The first listing is printed apart: messages not yet read
     * over IMAP are parsed from their source then.
     */
    private static void imapTimes(MailEmulator mail) throws Exception {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", String.valueOf(mail.imapPort()));
        Session session = Session.getInstance(props);
        List<Double> open = new ArrayList<>();
        List<Double> list = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            long started = System.nanoTime();
            jakarta.mail.Store store = session.getStore("imap");
            store.connect("user7@bench.test", "user7@bench.test");
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            double opened = millisSince(started);
            started = System.nanoTime();
            Message[] messages = inbox.getMessages();
            jakarta.mail.FetchProfile profile = new jakarta.mail.FetchProfile();
            profile.add(jakarta.mail.FetchProfile.Item.ENVELOPE);
            profile.add(jakarta.mail.FetchProfile.Item.FLAGS);
            inbox.fetch(messages, profile);
            double listed = millisSince(started);
            started = System.nanoTime();
            Message one = messages[messages.length / 2];
            one.writeTo(java.io.OutputStream.nullOutputStream());
            double readOne = millisSince(started);
            inbox.close(false);
            store.close();
            if (round == 0) {
                System.out.printf("IMAP envelopes + flags of 1,000, first listing %6.1f ms (JIT warm-up included)%n",
                        listed);
            }
            if (round >= 5) {
                open.add(opened);
                list.add(listed);
                read.add(readOne);
            }
        }
        Collections.sort(open);
        Collections.sort(list);
        Collections.sort(read);
        System.out.printf("IMAP login + open INBOX (1,000)   %6.1f ms p50, %.1f ms p95%n", percentile(open, 50), percentile(open, 95));
        System.out.printf("IMAP envelopes + flags of 1,000   %6.1f ms p50, %.1f ms p95%n", percentile(list, 50), percentile(list, 95));
        System.out.printf("IMAP one message in full          %6.1f ms p50, %.1f ms p95%n", percentile(read, 50), percentile(read, 95));
    }

    /** From the start of an SMTP send to the answer of a wait that began before it. */
    private static void latency(MailEmulator mail, MailApiClient api, Session session) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(mail.webUrl() + "/api/health")).build();
        List<Double> times = new ArrayList<>();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < LATENCY_ROUNDS + 20; i++) {
                String to = "waiter@bench.test";
                long after = api.lastMessage(to).map(MailMessage::id).orElse(0L);
                CompletableFuture<MailMessage> next = CompletableFuture.supplyAsync(
                        () -> api.nextMessage(to, after, Duration.ofSeconds(10)).orElseThrow());
                while (!http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"waiting\":1")) {
                    Thread.onSpinWait(); // the wait must be in place before the mail goes
                }
                MimeMessage message = message(session, to, i);
                long started = System.nanoTime();
                transport.sendMessage(message, message.getAllRecipients());
                next.get();
                if (i >= 20) {
                    times.add(millisSince(started));
                }
            }
        }
        Collections.sort(times);
        System.out.printf("wait-for-next latency            %6.2f ms p50, %.2f ms p95 (%d rounds, SMTP send included)%n",
                percentile(times, 50), percentile(times, 95), times.size());
    }

    private static MimeMessage message(Session session, String to, int n) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("EU Login <automated-notifications@nomail.ec.europa.eu>"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject("Finalise your EU Login registration #" + n, "UTF-8");
        String key = Integer.toHexString(n) + "0123456789abcdef0123456789abcdef";
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Dear user,\n\nYou have been registered in EU Login.\nTo create your password, follow the link "
                + "below:\n\n" + LINK + key + "\n\nThis link is valid for 24 hours.\n\nEU Login team\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Dear user,</p><p>You have been registered in EU Login.</p><p><a href=\"" + LINK + key
                + "\">Create your password</a></p><p>This link is valid for 24 hours.</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    private static byte[] raw(Session session, String to, int n) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        MimeMessage message = message(session, to, n);
        message.saveChanges();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static Session session(int port) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.localhost", "localhost");
        return Session.getInstance(props);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e6;
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
