package lab.eulogin.idp.services;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;

import java.util.List;

/**
 * A registered service's OpenID Connect side: how it authenticates at the token endpoint, where
 * codes and logouts may go, what it may ask for, and how its ID tokens are signed. Registered by
 * the operator in the same file as the CAS services, never by the client itself.
 *
 * @param clientId                the {@code client_id}, unique in the registry
 * @param clientSecret            the shared secret ({@code client_secret_*} methods); null with {@code private_key_jwt}
 * @param jwks                    the client's public keys ({@code private_key_jwt}); null otherwise
 * @param authMethod              its one token endpoint authentication method
 * @param redirectUris            where authorization answers may go; nowhere else, ever
 * @param postLogoutRedirectUris  where end-session may send the browser back to
 * @param scopes                  the scopes it may ask for ({@code openid} always among them)
 * @param claims                  EU Login's namespaced claims it may ask for through the {@code claims} parameter
 * @param idTokenAlgorithm        PS512 (EU Login's) or RS256
 */
public record OidcClient(
        String clientId,
        String clientSecret,
        JWKSet jwks,
        ClientAuthenticationMethod authMethod,
        List<ServicePattern> redirectUris,
        List<ServicePattern> postLogoutRedirectUris,
        List<String> scopes,
        List<String> claims,
        JWSAlgorithm idTokenAlgorithm) {

    public OidcClient {
        redirectUris = List.copyOf(redirectUris);
        postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        scopes = List.copyOf(scopes);
        claims = List.copyOf(claims);
    }

    public boolean allowsRedirectTo(String uri) {
        return ServiceRegistry.plainAddress(uri) && redirectUris.stream().anyMatch(p -> p.matches(uri));
    }

    public boolean allowsPostLogoutRedirectTo(String uri) {
        return ServiceRegistry.plainAddress(uri) && postLogoutRedirectUris.stream().anyMatch(p -> p.matches(uri));
    }
}
