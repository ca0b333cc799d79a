package lab.eulogin.idp.bench;

import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.IdpServer;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.accounts.PasswordHasher;
import lab.eulogin.idp.clock.LabClock;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complete browserless sign-ins per second with concurrent clients: the sign-in form (address, then
 * password), the service ticket, its validation. Once with the lab's default password hash, once
 * with Keycloak's default (argon2id, 5 iterations, 7 MiB). Not a test: it prints figures.
 *
 * <pre>mvn -B -q -pl idp test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=lab.eulogin.idp.bench.SignInBenchmark</pre>
 * System properties: {@code bench.clients} (2), {@code bench.warmup} (PT5S), {@code bench.duration} (PT20S).
 */
public final class SignInBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "Bench-Mark-2026!";
    private static final String SERVICE = "http://localhost:7300/myremote/";

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 2);
        Duration warmup = Duration.parse(System.getProperty("bench.warmup", "PT5S"));
        Duration duration = Duration.parse(System.getProperty("bench.duration", "PT20S"));
        int pbkdf2 = IdpConfig.defaults().pbkdf2Iterations();
        System.out.printf("Sign-ins per second (form, ticket, validation), %d concurrent clients, %d cores, %s measured%n",
                clients, Runtime.getRuntime().availableProcessors(), duration);
        run("PBKDF2-HMAC-SHA256, " + pbkdf2 + " iterations (the lab's default)",
                new PasswordHasher(pbkdf2), clients, warmup, duration);
        Argon2idPasswordHasher argon2 = new Argon2idPasswordHasher(5, 7 * 1024, 1);
        run(argon2.parameters() + " (Keycloak's default)", argon2, clients, warmup, duration);
        System.exit(0);
    }

    private static void run(String hash, PasswordHasher hasher, int clients, Duration warmup, Duration duration)
            throws Exception {
        LabClock clock = LabClock.system();
        try (IdpServer idp = IdpServer.start(IdpConfig.defaults().withPort(0)
                .withJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), clock, hasher)) {
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String email = "bench" + i + "@example.eu";
                idp.accountAdmin().createActive(new NewAccount(email, "Bench", "Client " + i, Locale.ENGLISH,
                        AccountKind.EXTERNAL), PASSWORD, clock.instant());
                emails.add(email);
            }
            measure(idp.baseUrl(), emails, warmup);
            long started = System.nanoTime();
            int signIns = measure(idp.baseUrl(), emails, duration);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("  %-72s %6.1f sign-ins/s (%d in %.1f s)%n", hash, signIns / seconds, signIns, seconds);
        }
    }

    /** Each client signs in again and again until the time is up; the number of complete sign-ins. */
    private static int measure(String base, List<String> emails, Duration duration) throws Exception {
        return ClosedLoop.count(emails.size(), duration, i -> {
            Client client = new Client(base);
            return () -> client.signIn(emails.get(i));
        });
    }

    /** A browser without a browser: cookies, forms, redirects read by hand. Each sign-in starts afresh. */
    private static final class Client {
        private final String base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        void signIn(String email) throws IOException, InterruptedException {
            cookies.getCookieStore().removeAll();
            String form = expect(200, get("/cas/login?service=" + enc(SERVICE))).body();
            Matcher csrf = CSRF.matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no form on the sign-in page");
            }
            expect(303, post("step=identifier&username=" + enc(email) + "&csrf=" + enc(csrf.group(1))));
            expect(200, get("/cas/login"));
            HttpResponse<String> signedIn = expect(303, post("step=password&password=" + enc(PASSWORD)
                    + "&csrf=" + enc(csrf.group(1))));
            String location = signedIn.headers().firstValue("Location").orElse("");
            int at = location.indexOf("ticket=");
            if (!location.startsWith(SERVICE) || at < 0) {
                throw new IllegalStateException("no ticket in " + location);
            }
            String answer = expect(200, get("/cas/serviceValidate?service=" + enc(SERVICE) + "&ticket="
                    + location.substring(at + "ticket=".length()))).body();
            if (!answer.contains("<cas:authenticationSuccess>")) {
                throw new IllegalStateException("validation failed: " + answer);
            }
        }

        private HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String body) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/cas/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
            if (response.statusCode() != status) {
                throw new IllegalStateException("expected " + status + " from " + response.uri() + ", got "
                        + response.statusCode());
            }
            return response;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
