package lab.eulogin.idp.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import lab.eulogin.idp.IdpConfig;
import lab.eulogin.idp.protocol.CasPolicy;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IdP with OpenID Connect clients registered beside a CAS service, and the client side played
 * by Nimbus: requests built, answers parsed and ID tokens validated against the discovery
 * document and the JWKS, all over HTTP.
 */
abstract class OidcTestBase extends CasTestBase {
    static final String SECRET = "a-test-secret-long-enough-for-hs256-0123";
    static final ClientID BASIC = new ClientID("basic-app");
    static final ClientID POST = new ClientID("post-app");
    static final ClientID JWT = new ClientID("jwt-app");
    static final ClientID KEY = new ClientID("key-app");
    static final ClientID STRONG = new ClientID("strong-app");
    static final ClientID AGAIN = new ClientID("again-app");

    /** The private key of {@code key-app}; its public half is in the registry. */
    static final RSAKey CLIENT_KEY = clientKey();

    @TempDir
    Path registryDir;

    @Override
    IdpConfig config(boolean labMode) {
        return super.config(labMode).withCasPolicy(CasPolicy.defaults().withServiceRegistry(registry()));
    }

    private Path registry() {
        String yaml = """
                services:
                  - id: my-remote
                    name: My Remote
                    urls:
                      - regex: '^http://(localhost|127\\.0\\.0\\.1):[0-9]+/myremote(/.*)?$'
                  - id: eures
                    name: EURES portal
                    urls:
                      - regex: '^http://(localhost|127\\.0\\.0\\.1):[0-9]+/eures(/.*)?$'
                    level: MEDIUM
                    methods: [PASSWORD_SMS, PASSWORD_MOBILE_APP, PASSWORD_SOFTWARE_TOKEN]
                  - id: key-app
                    name: Key App
                    clientId: key-app
                    tokenEndpointAuthMethod: private_key_jwt
                    jwks: {"keys": [%s]}
                    redirectUris:
                      - regex: '^http://localhost:[0-9]+/key-app/callback$'
                """.formatted(CLIENT_KEY.toPublicJWK().toJSONString())
                + client("basic-app", "Basic App", "client_secret_basic", "PS512", "")
                + client("post-app", "Post App", "client_secret_post", "RS256", "")
                + client("jwt-app", "Jwt App", "client_secret_jwt", "PS512", "")
                + client("strong-app", "Strong App", "client_secret_basic", "PS512", "    level: MEDIUM\n")
                + client("again-app", "Again App", "client_secret_basic", "PS512", "    alwaysAskAgain: true\n");
        try {
            Path file = registryDir.resolve("services.yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String client(String id, String name, String method, String alg, String more) {
        return """
                  - id: %1$s
                    name: %2$s
                    clientId: %1$s
                    clientSecret: %3$s
                    tokenEndpointAuthMethod: %4$s
                    idTokenSignedResponseAlg: %5$s
                    redirectUris:
                      - regex: '^http://localhost:[0-9]+/%1$s/callback$'
                    postLogoutRedirectUris:
                      - regex: '^http://localhost:[0-9]+/%1$s/$'
                    claims: [https://ecas.ec.europa.eu/claims/groups]
                %6$s""".formatted(id, name, SECRET, method, alg, more);
    }

    private static RSAKey clientKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("key-app-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the client side, as a relying party's library does it ----

    /** One authorization request in the making, with what the client keeps to check the answer. */
    final class Authorization {
        final ClientID client;
        final URI redirectUri;
        final State state = new State();
        final Nonce nonce = new Nonce();
        final CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest.Builder builder;

        Authorization(ClientID client) {
            this.client = client;
            this.redirectUri = URI.create(services.url("/" + client.getValue() + "/callback"));
            this.builder = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email", "profile"),
                    client, redirectUri)
                    .endpointURI(URI.create(idp.baseUrl() + "/cas/oauth2/authorize"))
                    .state(state)
                    .nonce(nonce)
                    .codeChallenge(verifier, CodeChallengeMethod.S256);
        }

        Authorization with(Consumer<AuthenticationRequest.Builder> change) {
            change.accept(builder);
            return this;
        }

        /** The address the browser is sent to. */
        String url() {
            return builder.build().toURI().toString();
        }
    }

    Authorization authorization(ClientID client) {
        return new Authorization(client);
    }

    /** The authorization answer where the browser landed, parsed by Nimbus; the state must be the request's. */
    AuthenticationResponse landedAnswer(TestBrowser browser, Authorization request) {
        URI landed = browser.last().uri();
        assertThat(landed.toString()).as("where the browser landed").startsWith(request.redirectUri.toString());
        try {
            AuthenticationResponse answer = AuthenticationResponseParser.parse(landed);
            assertThat(answer.getState()).isEqualTo(request.state);
            return answer;
        } catch (ParseException e) {
            throw new AssertionError("not an authorization answer: " + landed, e);
        }
    }

    AuthorizationCode landedCode(TestBrowser browser, Authorization request) {
        AuthenticationResponse answer = landedAnswer(browser, request);
        assertThat(answer.indicatesSuccess()).as("a success answer: " + browser.last().uri()).isTrue();
        assertThat(browser.last().uri().getQuery()).contains("iss=" + idp.baseUrl() + "/cas/oauth2");
        return answer.toSuccessResponse().getAuthorizationCode();
    }

    /** A browser arriving from the client and typing whatever the sign-in box asks; the code it brings back. */
    AuthorizationCode signInWithOidc(TestBrowser browser, Authorization request, String email) {
        browser.get(request.url());
        if (browser.page().equals("login-identifier")) {
            browser.post("/cas/login", java.util.Map.of("step", "identifier", "username", email));
        }
        assertThat(browser.page()).as("the password step").isEqualTo("login-password");
        browser.post("/cas/login", java.util.Map.of("step", "password", "password", GOOD_PASSWORD));
        return landedCode(browser, request);
    }

    ClientAuthentication basicAuth(ClientID client) {
        return new ClientSecretBasic(client, new Secret(SECRET));
    }

    HTTPResponse redeem(Authorization request, AuthorizationCode code, ClientAuthentication auth) {
        return send(new TokenRequest(metadata().getTokenEndpointURI(), auth,
                new AuthorizationCodeGrant(code, request.redirectUri, request.verifier)).toHTTPRequest());
    }

    /** Redeems the code with the client's secret; the answer must be tokens. */
    OIDCTokenResponse tokens(Authorization request, AuthorizationCode code) {
        return tokens(redeem(request, code, basicAuth(request.client)));
    }

    static OIDCTokenResponse tokens(HTTPResponse http) {
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(http);
            assertThat(response.indicatesSuccess()).as("tokens, not " + http.getBody()).isTrue();
            return (OIDCTokenResponse) response.toSuccessResponse();
        } catch (ParseException e) {
            throw new AssertionError(http.getBody(), e);
        }
    }

    OIDCProviderMetadata metadata() {
        try {
            HTTPResponse http = send(new HTTPRequest(HTTPRequest.Method.GET,
                    URI.create(idp.baseUrl() + "/cas/oauth2/.well-known/openid-configuration")));
            return OIDCProviderMetadata.parse(http.getBodyAsJSONObject());
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** The ID token checked as a relying party's library does: issuer and keys from discovery, the nonce ours. */
    IDTokenClaimsSet validated(JWT idToken, Authorization request, JWSAlgorithm alg) {
        return validated(idToken, request, alg, Duration.ofMinutes(1));
    }

    /** @param clockSkew room for the lab clock being ahead of this machine's, when a test moved it */
    IDTokenClaimsSet validated(JWT idToken, Authorization request, JWSAlgorithm alg, Duration clockSkew) {
        try {
            OIDCProviderMetadata metadata = metadata();
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), request.client, alg,
                    metadata.getJWKSetURI().toURL());
            validator.setMaxClockSkew((int) clockSkew.toSeconds());
            return validator.validate(idToken, request.nonce);
        } catch (Exception e) {
            throw new AssertionError("the ID token does not validate: " + e.getMessage(), e);
        }
    }

    static HTTPResponse send(HTTPRequest request) {
        try {
            return request.send();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
