package lab.eulogin.idp.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.JWTAuthentication;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientAuthenticationVerifier;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientCredentialsSelector;
import com.nimbusds.oauth2.sdk.auth.verifier.Context;
import com.nimbusds.oauth2.sdk.auth.verifier.InvalidClientException;
import com.nimbusds.oauth2.sdk.auth.verifier.JWTAudienceCheck;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import lab.eulogin.idp.services.OidcClient;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.http.Paths;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Who is calling the token and introspection endpoints: each client by the one method it is
 * registered with. Nimbus checks secrets, assertion signatures, audience and expiry, and asks
 * {@link ExpendedAssertions} about replays; the assertion's expiry is checked again on the lab
 * clock, so that moving the clock forward expires it as it would in time.
 */
final class ClientAuthenticator {
    /** Client libraries make assertions that expire within minutes (Nimbus: 5). */
    private static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(10);

    private final ServiceRegistry registry;
    private final OidcUrls urls;
    private final ExpendedAssertions assertions;
    private final Clock clock;

    ClientAuthenticator(ServiceRegistry registry, OidcUrls urls, Clock clock) {
        this.registry = registry;
        this.urls = urls;
        this.assertions = new ExpendedAssertions(clock);
        this.clock = clock;
    }

    /** Forgets the assertions already used (the lab's reset between tests). */
    void forgetAssertions() {
        assertions.clear();
    }

    RegisteredService authenticate(ClientAuthentication authentication) {
        if (authentication == null) {
            throw OAuthProblem.invalidClient("Client authentication is required");
        }
        RegisteredService service = registry.byClientId(authentication.getClientID().getValue())
                .orElseThrow(() -> OAuthProblem.invalidClient("No client is registered with this client_id"));
        OidcClient client = service.oidc();
        if (!authentication.getMethod().equals(client.authMethod())) {
            throw OAuthProblem.invalidClient("This client is registered to authenticate with " + client.authMethod());
        }
        // Assertions name the token endpoint as audience, or the issuer (both are accepted, RFC 7523).
        Set<Audience> audience = Set.of(new Audience(urls.of(Paths.OIDC_TOKEN)), new Audience(urls.issuer()),
                new Audience(urls.of(Paths.OIDC_INTROSPECT)));
        if (authentication instanceof JWTAuthentication jwt) {
            checkAssertion(jwt.getJWTAuthenticationClaimsSet());
        }
        ClientAuthenticationVerifier<RegisteredService> verifier =
                new ClientAuthenticationVerifier<>(new Credentials(), audience, JWTAudienceCheck.LEGACY, assertions);
        Context<RegisteredService> context = new Context<>();
        context.set(service);
        try {
            verifier.verify(authentication, null, context);
        } catch (InvalidClientException e) {
            throw OAuthProblem.invalidClient(e.getMessage());
        } catch (JOSEException e) {
            throw OAuthProblem.invalidClient("The client assertion could not be verified");
        }
        return service;
    }

    /**
     * The request, once it is clear that it speaks for one client only: its {@code client_id}
     * parameters, HTTP Basic's user and a client assertion's {@code iss} and {@code sub} must all be
     * the same. Nimbus takes the client from its authentication and ignores a {@code client_id}
     * beside HTTP Basic, so a request could name one client and prove to be another. Checked before
     * Nimbus reads the request, so that every such request gets the same answer.
     *
     * <p>Refused as {@code invalid_client} (401) rather than {@code invalid_request}: RFC 6749 3.2.1
     * makes {@code client_id} the client identifying itself, so the client the request names did not
     * authenticate, which is what {@code invalid_client} says (5.2, "client authentication failed");
     * {@code invalid_request}'s "more than one mechanism for authenticating" (2.3, 5.2) is about
     * credentials, and a bare {@code client_id} is none.
     */
    static HTTPRequest speakingForOneClient(HTTPRequest request) {
        List<Map<String, List<String>>> parameters = List.of(request.getQueryStringParameters(),
                URLUtils.parseParameters(request.getBody()));
        Set<String> named = new TreeSet<>(values(parameters, "client_id"));
        String authorization = request.getAuthorization();
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                named.add(ClientSecretBasic.parse(authorization).getClientID().getValue());
            } catch (ParseException e) {
                // Nimbus refuses it in its own words.
            }
        }
        for (String assertion : values(parameters, "client_assertion")) {
            try {
                JWTClaimsSet claims = JWTParser.parse(assertion).getJWTClaimsSet();
                Stream.of(claims.getIssuer(), claims.getSubject()).filter(Objects::nonNull).forEach(named::add);
            } catch (java.text.ParseException e) {
                // Likewise: not a JWT.
            }
        }
        if (named.size() > 1) {
            throw OAuthProblem.invalidClient("The request names more than one client: " + String.join(", ", named));
        }
        return request;
    }

    private static List<String> values(List<Map<String, List<String>>> parameters, String name) {
        return parameters.stream().flatMap(p -> p.getOrDefault(name, List.of()).stream()).toList();
    }

    /**
     * What Nimbus leaves to us, checked before it marks the assertion used: one audience (several let
     * an assertion made for another server be replayed here), a {@code jti}, without which Nimbus
     * cannot tell a replay (OIDC Core 9: required, used once), and a near expiry on the lab clock,
     * which bounds how long a {@code jti} must be remembered.
     */
    private void checkAssertion(JWTAuthenticationClaimsSet claims) {
        if (claims.getAudience().size() != 1) {
            throw OAuthProblem.invalidClient("The client assertion must have one audience");
        }
        if (claims.getJWTID() == null) {
            throw OAuthProblem.invalidClient("The client assertion must have a jti, as it works once");
        }
        Date expiry = claims.getExpirationTime();
        Instant now = clock.instant();
        if (expiry == null || !expiry.toInstant().isAfter(now)) {
            throw OAuthProblem.invalidClient("The client assertion has expired");
        }
        if (expiry.toInstant().isAfter(now.plus(MAX_ASSERTION_LIFETIME))) {
            throw OAuthProblem.invalidClient("The client assertion must expire within "
                    + MAX_ASSERTION_LIFETIME.toMinutes() + " minutes");
        }
    }

    /** The registered secret or public keys of the client being verified. */
    private static final class Credentials implements ClientCredentialsSelector<RegisteredService> {
        @Override
        public List<Secret> selectClientSecrets(ClientID clientID, ClientAuthenticationMethod method,
                                                Context<RegisteredService> context) {
            String secret = context.get().oidc().clientSecret();
            return secret == null ? List.of() : List.of(new Secret(secret));
        }

        @Override
        public List<? extends PublicKey> selectPublicKeys(ClientID clientID, ClientAuthenticationMethod method,
                                                          JWSHeader header, boolean forceRefresh,
                                                          Context<RegisteredService> context) {
            OidcClient client = context.get().oidc();
            JWKMatcher matcher = JWKMatcher.forJWSHeader(header);
            if (client.jwks() == null || matcher == null) {
                return List.of();
            }
            List<PublicKey> keys = new ArrayList<>();
            for (JWK jwk : new JWKSelector(matcher).select(client.jwks())) {
                if (jwk instanceof AsymmetricJWK asymmetric) {
                    try {
                        keys.add(asymmetric.toPublicKey());
                    } catch (JOSEException e) {
                        // A key that cannot be read does not verify anything; the others are tried.
                    }
                }
            }
            return keys;
        }
    }
}
