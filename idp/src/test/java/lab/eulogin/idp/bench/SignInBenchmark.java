package lab.eulogin.idp.bench;

import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.IdpServer;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.accounts.PasswordHasher;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.protocol.CasPolicy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complete browserless sign-ins per second with concurrent clients: the sign-in page with
 * {@code service=}, the address and NEXT, the password page, the password, the redirect to the
 * service with its ticket, and the ticket's validation at {@code /cas/p3/serviceValidate}. Each
 * sign-in starts from an empty cookie jar, so none rides on single sign-on. At the scenarios' hash
 * cost, at the lab's default, and with Keycloak's default hash (argon2id, 5 iterations, 7 MiB).
 * Beside each rate: the CPU time of a sign-in, the IdP's and the clients' (the rest is the JVM's
 * compiler and collector), and the share of the hash in it. Not a test: it prints figures.
 *
 * <pre>mvn -B -q -pl idp test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=lab.eulogin.idp.bench.SignInBenchmark</pre>
 * System properties: {@code bench.clients} (2), {@code bench.warmup} (PT20S: the JIT needs some
 * thousand sign-ins), {@code bench.duration} (PT20S), {@code bench.hashes} (test,default,argon2).
 */
public final class SignInBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "Bench-Mark-2026!";
    /** The benchmark's registry (bench-services.yaml) has one service here, taking the password alone. */
    private static final String SERVICE = "http://localhost:7300/bench/";
    /** The lab's test labs and the scenarios hash with this many PBKDF2 iterations, the lowest it takes. */
    private static final int TEST_ITERATIONS = 1_000;
    /** Undertow's I/O threads: they read the requests; its worker threads ("XNIO-1 task-") run the handlers. */
    private static final String IO_THREADS = "XNIO-1 I/O-";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 2);
        Duration warmup = Duration.parse(System.getProperty("bench.warmup", "PT20S"));
        Duration duration = Duration.parse(System.getProperty("bench.duration", "PT20S"));
        List<String> hashes = List.of(System.getProperty("bench.hashes", "test,default,argon2").split(","));
        System.out.printf("Complete CAS sign-ins per second (sign-in page, address, password, ticket, validation),"
                        + " %d concurrent clients, %d cores, %s measured after %s of warm-up%n",
                clients, Runtime.getRuntime().availableProcessors(), duration, warmup);
        if (hashes.contains("test")) {
            run("PBKDF2-HMAC-SHA256, " + TEST_ITERATIONS + " iterations (the scenarios' cost)",
                    new PasswordHasher(TEST_ITERATIONS), clients, warmup, duration);
        }
        if (hashes.contains("default")) {
            int pbkdf2 = IdpConfig.defaults().pbkdf2Iterations();
            run("PBKDF2-HMAC-SHA256, " + pbkdf2 + " iterations (the lab's default)",
                    new PasswordHasher(pbkdf2), clients, warmup, duration);
        }
        if (hashes.contains("argon2")) {
            Argon2idPasswordHasher argon2 = new Argon2idPasswordHasher(5, 7 * 1024, 1);
            run(argon2.parameters() + " (Keycloak's default)", argon2, clients, warmup, duration);
        }
        System.exit(0);
    }

    private static void run(String hash, PasswordHasher hasher, int clients, Duration warmup, Duration duration)
            throws Exception {
        LabClock clock = LabClock.system();
        TimedHasher timed = new TimedHasher(hasher);
        Path registry = Path.of(SignInBenchmark.class.getResource("bench-services.yaml").toURI());
        try (IdpServer idp = IdpServer.start(IdpConfig.defaults().withPort(0)
                .withJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withCasPolicy(CasPolicy.defaults().withServiceRegistry(registry)), clock, timed)) {
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String email = "bench" + i + "@example.eu";
                idp.accountAdmin().createActive(new NewAccount(email, "Bench", "Client " + i, Locale.ENGLISH,
                        AccountKind.EXTERNAL), PASSWORD, clock.instant());
                emails.add(email);
            }
            measure(idp.baseUrl(), emails, warmup, new LongAdder());
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            LongAdder clientCpu = new LongAdder();
            long idpCpu = idpThreadsCpu("XNIO-");
            long ioCpu = idpThreadsCpu(IO_THREADS);
            long processCpu = os.getProcessCpuTime();
            long hashCpu = timed.cpuNanos.sum();
            long hashWall = timed.wallNanos.sum();
            long started = System.nanoTime();
            int signIns = measure(idp.baseUrl(), emails, duration, clientCpu);
            long elapsed = System.nanoTime() - started;
            idpCpu = idpThreadsCpu("XNIO-") - idpCpu;
            ioCpu = idpThreadsCpu(IO_THREADS) - ioCpu;
            processCpu = os.getProcessCpuTime() - processCpu;
            hashCpu = timed.cpuNanos.sum() - hashCpu;
            hashWall = timed.wallNanos.sum() - hashWall;
            System.out.printf("  %-62s %7.1f sign-ins/s (%d in %.1f s; load average %.1f)%n", hash,
                    signIns / (elapsed / 1e9), signIns, elapsed / 1e9, os.getSystemLoadAverage());
            System.out.printf("  %-62s CPU per sign-in %.2f ms: IdP %.2f (I/O threads %.2f, hash %.2f), clients %.2f,"
                            + " JVM (JIT, GC) %.2f; outside the hash: %.0f %% of the IdP's CPU, %.0f %% of all,"
                            + " %.0f %% of the clients' waiting%n",
                    "", ms(processCpu, signIns), ms(idpCpu, signIns), ms(ioCpu, signIns), ms(hashCpu, signIns),
                    ms(clientCpu.sum(), signIns),
                    ms(processCpu - idpCpu - clientCpu.sum(), signIns), 100.0 * (idpCpu - hashCpu) / idpCpu,
                    100.0 * (processCpu - hashCpu) / processCpu, 100.0 - 100.0 * hashWall / ((double) elapsed * clients));
        }
    }

    private static double ms(long nanos, int signIns) {
        return nanos / 1e6 / signIns;
    }

    /** The CPU time so far of the IdP's threads whose names start so: Undertow's ("XNIO-"), or its I/O threads'. */
    private static long idpThreadsCpu(String namePrefix) {
        long total = 0;
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith(namePrefix)) {
                total += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    /** Each client signs in again and again until the time is up; the number of complete sign-ins. */
    private static int measure(String base, List<String> emails, Duration duration, LongAdder clientCpu)
            throws Exception {
        return ClosedLoop.count(emails.size(), duration, i -> {
            Client client = new Client(base);
            return () -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                client.signIn(emails.get(i));
                clientCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
            };
        });
    }

    /** The hash the IdP is given, timed: the CPU and the time it takes, all threads together. */
    private static final class TimedHasher extends PasswordHasher {
        private final PasswordHasher hasher;
        final LongAdder cpuNanos = new LongAdder();
        final LongAdder wallNanos = new LongAdder();

        TimedHasher(PasswordHasher hasher) {
            super(TEST_ITERATIONS);
            this.hasher = hasher;
        }

        @Override
        public String hash(String password) {
            return hasher.hash(password);
        }

        @Override
        public boolean verify(String password, String stored) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            try {
                return hasher.verify(password, stored);
            } finally {
                wallNanos.add(System.nanoTime() - wall);
                cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
            }
        }
    }

    /**
     * A browser without a browser: HTTP/1.1 on one connection kept alive from one request to the
     * next, as a browser's is, cookies kept by hand, redirects read rather than followed. Each
     * sign-in starts with no cookies. The requests are written and the answers read by hand: the
     * JDK's HttpURLConnection took about as much CPU per request as the IdP's own handling of it
     * (its {@code HttpClient} two to three times more), so the figures said as much about the client
     * as about the IdP.
     */
    private static final class Client {
        private final String host;
        private final int port;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Client(String base) {
            URI uri = URI.create(base);
            this.host = uri.getHost();
            this.port = uri.getPort();
        }

        void signIn(String email) throws IOException {
            cookies.clear();
            Answer form = expect(200, request("GET", "/cas/login?service=" + enc(SERVICE), null));
            Matcher csrf = CSRF.matcher(form.body);
            if (!csrf.find()) {
                throw new IllegalStateException("no form on the sign-in page");
            }
            String token = enc(csrf.group(1));
            expect(303, request("POST", "/cas/login", "step=identifier&username=" + enc(email) + "&csrf=" + token));
            Answer passwordPage = expect(200, request("GET", "/cas/login", null));
            if (!passwordPage.body.contains("data-page=\"login-password\"")) {
                throw new IllegalStateException("no password page after NEXT");
            }
            Answer signedIn = expect(303, request("POST", "/cas/login", "step=password&password=" + enc(PASSWORD)
                    + "&csrf=" + token));
            String location = signedIn.location == null ? "" : signedIn.location;
            int at = location.indexOf("?ticket=");
            if (!location.startsWith(SERVICE) || at < 0) {
                throw new IllegalStateException("no ticket in " + location);
            }
            // The service, given the ticket in its address, validates it with the IdP.
            String answer = expect(200, request("GET", "/cas/p3/serviceValidate?service=" + enc(SERVICE)
                    + "&ticket=" + location.substring(at + "?ticket=".length()), null)).body;
            if (!answer.contains("<cas:authenticationSuccess>") || !answer.contains("<cas:user>")) {
                throw new IllegalStateException("validation failed: " + answer);
            }
        }

        private record Answer(int status, String location, String body) {
        }

        private Answer request(String method, String path, String form) throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream());
                out = new BufferedOutputStream(socket.getOutputStream());
            }
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
            if (!cookies.isEmpty()) {
                head.append("Cookie: ");
                String separator = "";
                for (Map.Entry<String, String> cookie : cookies.entrySet()) {
                    head.append(separator).append(cookie.getKey()).append('=').append(cookie.getValue());
                    separator = "; ";
                }
                head.append("\r\n");
            }
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();

            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP/1.1 answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            String location = null;
            int length = -1;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "location" -> location = value;
                    case "content-length" -> length = Integer.parseInt(value);
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    case "transfer-encoding" -> throw new IOException("unexpected Transfer-Encoding " + value);
                    case "set-cookie" -> {
                        for (HttpCookie cookie : HttpCookie.parse(value)) {
                            if (cookie.getMaxAge() == 0) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie.getValue());
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            if (length < 0) {
                throw new IOException("no Content-Length in the answer to " + method + " " + path);
            }
            String text = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            if (close) {
                socket.close();
                socket = null;
            }
            return new Answer(status, location, text);
        }

        /** One line of the answer's head, without its CRLF. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the IdP closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private static Answer expect(int status, Answer answer) {
            if (answer.status != status) {
                throw new IllegalStateException("expected " + status + ", got " + answer.status);
            }
            return answer;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
