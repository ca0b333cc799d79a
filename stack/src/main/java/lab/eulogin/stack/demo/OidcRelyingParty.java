package lab.eulogin.stack.demo;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.assertions.jwt.JWTAssertionFactory;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.JWTID;

/**
 * EUShare's relying party, all of it done by Nimbus's OAuth 2.0 / OpenID Connect SDK and its JOSE
 * library: the provider's discovery document, the authentication request (authorization code,
 * PKCE S256, state and nonce), the code exchanged at the token endpoint with a
 * {@code client_secret_jwt} assertion, and the ID token's signature checked against the JWKS the
 * discovery document names (PS512, as EU Login signs them), with its issuer, audience, times and
 * nonce. The discovery document is read at the first sign-in, not at start: the demo services do
 * not need EU Login up to start, as a real application would not.
 *
 * <p>The demo services live in the lab's time, as EU Login does: the assertion's times and the ID
 * token's are those of the lab clock, which scenarios move forward. (Nimbus's own ID token
 * validator reads the machine's clock, so the JOSE library's processor is configured here with
 * the same checks and the lab's time instead.)
 */
final class OidcRelyingParty {
    /** EU Login's ID token signature: {@code id_token_signed_response_alg} of its client registrations. */
    static final JWSAlgorithm ID_TOKEN_ALGORITHM = JWSAlgorithm.PS512;
    private static final int TIMEOUT_MILLIS = 10_000;
    /** How long a client assertion is good for: Nimbus's own default. */
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(1);
    /** The clock difference tolerated between EU Login and the application: Nimbus's own default. */
    private static final int MAX_CLOCK_SKEW_SECONDS = 60;

    /** Where a sign-in started: what the callback needs to finish it. Kept in the application's session. */
    record Pending(State state, Nonce nonce, CodeVerifier verifier, String target, boolean silent,
                   List<ACR> acrValues) {
    }

    /** A sign-in that failed at EU Login (an OAuth error) or at the application's checks. */
    static final class Refused extends Exception {
        private final ErrorObject error;

        Refused(String message, ErrorObject error, Throwable cause) {
            super(message, cause);
            this.error = error;
        }

        /** The provider's OAuth error, when it answered with one; null when the application refused. */
        ErrorObject error() {
            return error;
        }
    }

    private final Issuer issuer;
    private final ClientID clientId;
    private final Secret secret;
    private final Scope scope;
    private final URI redirectUri;
    private final Clock clock;
    private volatile Provider provider;

    /** The provider as its discovery document describes it, and the keys its ID tokens are signed with. */
    private record Provider(OIDCProviderMetadata metadata, JWSKeySelector<SecurityContext> idTokenKeys) {
    }

    /**
     * @param issuer      EU Login's issuer, {@code {idp}/cas/oauth2}
     * @param redirectUri the application's callback, registered with its client
     * @param clock       the lab's time
     */
    OidcRelyingParty(String issuer, DemoApp.OidcClient client, URI redirectUri, Clock clock) {
        this.issuer = new Issuer(issuer);
        this.clientId = new ClientID(client.clientId());
        this.secret = new Secret(client.secret());
        this.scope = new Scope(client.scopes().toArray(String[]::new));
        this.redirectUri = redirectUri;
        this.clock = clock;
    }

    /** A new sign-in for this target page: what to keep, and where to send the browser. */
    Pending begin(String target, boolean silent, List<ACR> acrValues) {
        return new Pending(new State(), new Nonce(), new CodeVerifier(), target, silent, List.copyOf(acrValues));
    }

    /** EU Login's authorization endpoint with the request of this sign-in. */
    URI authorizationRequest(Pending pending) throws Refused {
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE), scope, clientId, redirectUri)
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(pending.state())
                .nonce(pending.nonce())
                .codeChallenge(pending.verifier(), CodeChallengeMethod.S256);
        if (pending.silent()) {
            // Asks whether the browser is signed in to EU Login already, without a page: the
            // answer says whether this sign-in came from the single sign-on.
            request.prompt(new Prompt(Prompt.Type.NONE));
        }
        if (!pending.acrValues().isEmpty()) {
            request.acrValues(pending.acrValues());
        }
        return request.build().toURI();
    }

    /** The state EU Login sent back to the callback, to find the sign-in it answers. */
    static State stateOf(URI callback) throws Refused {
        return parse(callback).getState();
    }

    /**
     * Finishes a sign-in from the address EU Login sent the browser back to: the code exchanged
     * for tokens, the ID token validated.
     */
    SignedIn finish(URI callback, Pending pending) throws Refused {
        AuthenticationResponse response = parse(callback);
        if (!pending.state().equals(response.getState())) {
            throw new Refused("the answer does not belong to this sign-in (its state differs)", null, null);
        }
        if (!response.indicatesSuccess()) {
            AuthenticationErrorResponse error = response.toErrorResponse();
            throw new Refused(describe(error.getErrorObject()), error.getErrorObject(), null);
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        Provider op = provider();
        URI tokenEndpoint = op.metadata().getTokenEndpointURI();
        try {
            TokenRequest request = new TokenRequest(tokenEndpoint, clientAssertion(tokenEndpoint),
                    new AuthorizationCodeGrant(code, redirectUri, pending.verifier()));
            TokenResponse answer = OIDCTokenResponseParser.parse(timed(request.toHTTPRequest()).send());
            if (!answer.indicatesSuccess()) {
                ErrorObject error = answer.toErrorResponse().getErrorObject();
                throw new Refused("the token endpoint refused the code: " + describe(error), error, null);
            }
            OIDCTokens tokens = answer.toSuccessResponse().getTokens().toOIDCTokens();
            JWT idToken = tokens.getIDToken();
            IDTokenClaimsSet claims = validate(idToken, op, pending.nonce());
            return new SignedIn(ReceivedAttributes.of(claims, idToken, pending.silent()), idToken.serialize(),
                    claims.getACR() == null ? null : claims.getACR().getValue());
        } catch (BadJOSEException | JOSEException e) {
            throw new Refused("the ID token is not valid: " + e.getMessage(), null, e);
        } catch (ParseException | IOException e) {
            throw new Refused("the token endpoint's answer could not be read: " + e.getMessage(), null, e);
        }
    }

    /**
     * EU Login's end-session endpoint, to end the single sign-on too, coming back to this
     * (registered) address; the ID token says whose session it is.
     */
    URI logoutRequest(String idToken, URI postLogoutRedirect, State state) throws Refused {
        try {
            return new LogoutRequest(provider().metadata().getEndSessionEndpointURI(),
                    com.nimbusds.jwt.JWTParser.parse(idToken), postLogoutRedirect, state).toURI();
        } catch (java.text.ParseException e) {
            throw new Refused("the ID token kept in the session could not be read", null, e);
        }
    }

    /** {@code client_secret_jwt}: an assertion signed with the client's secret, timed by the lab clock. */
    private ClientSecretJWT clientAssertion(URI tokenEndpoint) throws JOSEException {
        Instant now = clock.instant();
        return new ClientSecretJWT(JWTAssertionFactory.create(new JWTAuthenticationClaimsSet(clientId,
                List.of(new Audience(tokenEndpoint)), Date.from(now.plus(ASSERTION_LIFETIME)), null, Date.from(now),
                new JWTID()), JWSAlgorithm.HS256, secret));
    }

    /**
     * The ID token's signature (by a key of the provider's JWKS, with the expected algorithm), its
     * issuer, audience, nonce and times, as Nimbus's ID token validator checks them.
     */
    private IDTokenClaimsSet validate(JWT idToken, Provider op, Nonce nonce)
            throws BadJOSEException, JOSEException, ParseException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(op.idTokenKeys());
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(clientId.getValue(),
                new JWTClaimsSet.Builder().issuer(op.metadata().getIssuer().getValue())
                        .claim(IDTokenClaimsSet.NONCE_CLAIM_NAME, nonce.getValue()).build(),
                Set.of(JWTClaimNames.SUBJECT, JWTClaimNames.ISSUED_AT, JWTClaimNames.EXPIRATION_TIME)) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
        if (!(idToken instanceof SignedJWT signed)) {
            throw new BadJOSEException("the ID token is not signed");
        }
        return new IDTokenClaimsSet(processor.process(signed, null));
    }

    private Provider provider() throws Refused {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                try {
                    OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
                    // The keys are fetched once and cached, and fetched again for a key id not seen before.
                    JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS)).build();
                    provider = new Provider(metadata, new JWSVerificationKeySelector<>(ID_TOKEN_ALGORITHM, keys));
                } catch (GeneralException | IOException e) {
                    throw new Refused("EU Login's OpenID Connect discovery document could not be read at "
                            + issuer + "/.well-known/openid-configuration: " + e.getMessage(), null, e);
                }
            }
            return provider;
        }
    }

    private static AuthenticationResponse parse(URI callback) throws Refused {
        try {
            return AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new Refused("EU Login's answer could not be read: " + e.getMessage(), null, e);
        }
    }

    private static com.nimbusds.oauth2.sdk.http.HTTPRequest timed(com.nimbusds.oauth2.sdk.http.HTTPRequest request) {
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
        return request;
    }

    private static String describe(ErrorObject error) {
        return error.getCode() + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")");
    }
}
