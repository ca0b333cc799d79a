package lab.eulogin.idp.bench;

import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.IdpServer;
import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.accounts.PasswordHasher;
import lab.eulogin.idp.clock.LabClock;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import no.nav.security.mock.oauth2.MockOAuth2Server;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complete OpenID Connect authorization code flows per second with concurrent clients, the lab's
 * provider beside mock-oauth2-server measured in the same run: the authorization request (with
 * PKCE, state and nonce), for the lab its sign-in pages (the address, NEXT, the password), the
 * code at the redirect URI, the code exchanged at the token endpoint with a
 * {@code client_secret_jwt} assertion, and the ID token validated by Nimbus against the provider's
 * JWKS (signature, issuer, audience, expiry, nonce). Each flow starts from a fresh cookie jar, so
 * nothing comes from a single sign-on. mock-oauth2-server has no sign-in page: it answers the
 * authorization request with a code at once (its default, non-interactive login). Not a test: it
 * prints figures.
 *
 * <pre>mvn -B -q -pl idp test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=lab.eulogin.idp.bench.CodeFlowBenchmark</pre>
 * System properties: {@code bench.clients} (2), {@code bench.warmup} (PT10S: a flow is a dozen requests, and
 * the JIT needs a few hundred of each), {@code bench.duration} (PT20S). Each line also gives the machine's
 * load average over the last minute, as other processes on the machine change the figures.
 */
public final class CodeFlowBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE = Pattern.compile("data-page=\"([^\"]+)\"");
    private static final String PASSWORD = "Bench-Mark-2026!";
    /** The demo's OpenID Connect client as the lab's registry has it; the redirect URI is never opened. */
    private static final ClientID CLIENT = new ClientID("eushare");
    private static final Secret SECRET = new Secret("lab-eushare-secret-for-the-demo-only");
    private static final URI REDIRECT = URI.create("http://localhost:7300/eushare/callback");
    /** The lab's test labs and the scenarios hash with this many PBKDF2 iterations, the lowest it takes. */
    private static final int TEST_ITERATIONS = 1_000;

    /** A provider under measure: its issuer and the signature its ID tokens carry. */
    private record Provider(String issuer, JWSAlgorithm idTokenAlgorithm) {
    }

    /** The version in the name of the jar a class was loaded from (mock-oauth2-server's jar says none inside). */
    private static String jarVersion(Class<?> type) throws URISyntaxException {
        String jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
        Matcher version = Pattern.compile("-(\\d[\\w.-]*)\\.jar$").matcher(jar);
        return version.find() ? version.group(1) : jar;
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 2);
        Duration warmup = Duration.parse(System.getProperty("bench.warmup", "PT10S"));
        Duration duration = Duration.parse(System.getProperty("bench.duration", "PT20S"));
        System.out.printf("Complete code flows per second (authorize, sign-in, code, token, ID token validated),"
                + " %d concurrent clients, %d cores, %s measured after %s of warm-up%n",
                clients, Runtime.getRuntime().availableProcessors(), duration, warmup);

        MockOAuth2Server mock = new MockOAuth2Server();
        mock.start(InetAddress.getLoopbackAddress(), 0);
        try {
            String issuer = mock.issuerUrl("default").toString();
            run("mock-oauth2-server " + jarVersion(MockOAuth2Server.class) + " (no sign-in page; RS256)",
                    new Provider(issuer, JWSAlgorithm.RS256),
                    List.of(), clients, warmup, duration);
        } finally {
            mock.shutdown();
        }
        lab("the lab, PBKDF2-HMAC-SHA256 at " + TEST_ITERATIONS + " iterations (the scenarios' cost; PS512)",
                new PasswordHasher(TEST_ITERATIONS), clients, warmup, duration);
        int pbkdf2 = IdpConfig.defaults().pbkdf2Iterations();
        lab("the lab, PBKDF2-HMAC-SHA256 at " + pbkdf2 + " iterations (its default; PS512)",
                new PasswordHasher(pbkdf2), clients, warmup, duration);
        System.exit(0);
    }

    private static void lab(String label, PasswordHasher hasher, int clients, Duration warmup, Duration duration)
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
            run(label, new Provider(idp.baseUrl() + "/cas/oauth2", JWSAlgorithm.PS512), emails, clients, warmup, duration);
        }
    }

    private static void run(String label, Provider provider, List<String> emails, int clients, Duration warmup,
                            Duration duration) throws Exception {
        OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(provider.issuer()));
        measure(metadata, provider, emails, clients, warmup);
        long started = System.nanoTime();
        int flows = measure(metadata, provider, emails, clients, duration);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %-88s %6.1f flows/s (%d in %.1f s; load average %.1f)%n", label, flows / seconds, flows,
                seconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Each client runs flows again and again until the time is up; the number of complete flows. */
    private static int measure(OIDCProviderMetadata metadata, Provider provider, List<String> emails, int clients,
                               Duration duration) throws Exception {
        return ClosedLoop.count(clients, duration, i -> {
            Client client = new Client(metadata, provider);
            String email = emails.isEmpty() ? null : emails.get(i);
            return () -> client.codeFlow(email);
        });
    }

    /** A relying party with a browser of its own: cookies, forms and redirects read by hand. */
    private static final class Client {
        private final OIDCProviderMetadata metadata;
        private final IDTokenValidator validator;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Client(OIDCProviderMetadata metadata, Provider provider) throws Exception {
            this.metadata = metadata;
            // The JWKS is fetched once and cached, as a relying party does.
            this.validator = new IDTokenValidator(metadata.getIssuer(), CLIENT, provider.idTokenAlgorithm(),
                    metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(10_000, 10_000));
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        /** One complete flow, signing in as this address when the provider asks for it. */
        void codeFlow(String email) throws Exception {
            cookies.getCookieStore().removeAll();
            State state = new State();
            Nonce nonce = new Nonce();
            CodeVerifier verifier = new CodeVerifier();
            URI authorize = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                    new Scope("openid", "email", "profile"), CLIENT, REDIRECT)
                    .endpointURI(metadata.getAuthorizationEndpointURI())
                    .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                    .build().toURI();
            URI back = signIn(authorize, email);
            AuthenticationResponse response = AuthenticationResponseParser.parse(back);
            if (!response.indicatesSuccess() || !state.equals(response.getState())) {
                throw new IllegalStateException("no code for this request at " + back);
            }
            URI tokenEndpoint = metadata.getTokenEndpointURI();
            ClientAuthentication auth = new ClientSecretJWT(CLIENT, tokenEndpoint, JWSAlgorithm.HS256, SECRET);
            TokenResponse tokens = OIDCTokenResponseParser.parse(new TokenRequest(tokenEndpoint, auth,
                    new AuthorizationCodeGrant(response.toSuccessResponse().getAuthorizationCode(), REDIRECT, verifier))
                    .toHTTPRequest().send());
            if (!tokens.indicatesSuccess()) {
                throw new IllegalStateException("token refused: " + tokens.toErrorResponse().getErrorObject());
            }
            validator.validate(tokens.toSuccessResponse().getTokens().toOIDCTokens().getIDToken(), nonce);
        }

        /** Follows the provider's redirects and fills in its sign-in pages until it sends the browser back. */
        private URI signIn(URI authorize, String email) throws Exception {
            HttpResponse<String> page = get(authorize);
            for (int steps = 0; steps < 10; steps++) {
                if (page.statusCode() / 100 == 3) {
                    URI next = page.uri().resolve(page.headers().firstValue("Location").orElseThrow());
                    if (next.toString().startsWith(REDIRECT.toString())) {
                        return next;
                    }
                    page = get(next);
                    continue;
                }
                Matcher id = PAGE.matcher(page.body());
                Matcher csrf = CSRF.matcher(page.body());
                if (page.statusCode() != 200 || !id.find() || !csrf.find()) {
                    throw new IllegalStateException("unexpected answer " + page.statusCode() + " from " + page.uri());
                }
                page = switch (id.group(1)) {
                    case "login-identifier" -> post(page.uri(), "step=identifier&username=" + enc(email)
                            + "&csrf=" + enc(csrf.group(1)));
                    case "login-password" -> post(page.uri(), "step=password&password=" + enc(PASSWORD)
                            + "&csrf=" + enc(csrf.group(1)));
                    default -> throw new IllegalStateException("unexpected page " + id.group(1) + " at " + page.uri());
                };
            }
            throw new IllegalStateException("no code after ten steps from " + authorize);
        }

        private HttpResponse<String> get(URI address) throws Exception {
            return http.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(URI address, String body) throws Exception {
            return http.send(HttpRequest.newBuilder(address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
