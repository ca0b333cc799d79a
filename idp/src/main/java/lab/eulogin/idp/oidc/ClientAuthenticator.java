package lab.eulogin.idp.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.JWTAuthentication;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientAuthenticationVerifier;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientCredentialsSelector;
import com.nimbusds.oauth2.sdk.auth.verifier.Context;
import com.nimbusds.oauth2.sdk.auth.verifier.InvalidClientException;
import com.nimbusds.oauth2.sdk.auth.verifier.JWTAudienceCheck;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
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
import java.util.Set;

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
