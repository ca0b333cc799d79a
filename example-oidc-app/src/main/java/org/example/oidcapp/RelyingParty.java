package org.example.oidcapp;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
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
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * The application's OpenID Connect client, with Nimbus's OAuth 2.0 / OIDC SDK as its documentation
 * shows it: EU Login's discovery document read at start, an authorization code request with PKCE
 * (S256), state and nonce, the code redeemed with a {@code client_secret_jwt} assertion (as EU
 * Login's registrations authenticate), and the ID token checked against the provider's keys, its
 * issuer, audience, times and nonce, then its {@code acr} against what the area needs.
 */
final class RelyingParty {
    /** How EU Login signs ID tokens (the {@code id_token_signed_response_alg} of its registrations). */
    private static final JWSAlgorithm ID_TOKEN_ALGORITHM = JWSAlgorithm.PS512;
    private static final int TIMEOUT_MILLIS = 10_000;

    /** A sign-in under way, kept in the session until EU Login sends the browser back with its state. */
    record Pending(State state, Nonce nonce, CodeVerifier verifier, Area area) {
    }

    /** A sign-in that EU Login refused, or that the application does not accept; the message says why. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final OIDCProviderMetadata provider;
    private final ClientID clientId;
    private final Secret secret;
    private final Scope scope;
    private final URI redirectUri;
    private final IDTokenValidator idTokens;

    private RelyingParty(OIDCProviderMetadata provider, OidcAppConfig config, URI redirectUri) throws IOException {
        this.provider = provider;
        this.clientId = new ClientID(config.clientId());
        this.secret = new Secret(config.clientSecret());
        this.scope = new Scope(config.scopes().toArray(String[]::new));
        this.redirectUri = redirectUri;
        // The validator fetches the provider's keys when it first needs them, and again for a new key id.
        this.idTokens = new IDTokenValidator(provider.getIssuer(), clientId, ID_TOKEN_ALGORITHM,
                provider.getJWKSetURI().toURL());
    }

    /** Reads the provider's discovery document, which must name the configured issuer as its own. */
    static RelyingParty discover(OidcAppConfig config, URI redirectUri) {
        Issuer issuer = new Issuer(config.issuer());
        try {
            return new RelyingParty(OIDCProviderMetadata.resolve(issuer, TIMEOUT_MILLIS, TIMEOUT_MILLIS), config,
                    redirectUri);
        } catch (GeneralException | IOException e) {
            throw new IllegalStateException("EU Login's discovery document could not be read at " + issuer
                    + "/.well-known/openid-configuration: " + e.getMessage(), e);
        }
    }

    /** A new sign-in for this area: new state, nonce and PKCE verifier. */
    Pending begin(Area area) {
        return new Pending(new State(), new Nonce(), new CodeVerifier(), area);
    }

    /** Where to send the browser: EU Login's authorization endpoint with this sign-in's request. */
    URI authorizationRequest(Pending pending) {
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE), scope, clientId, redirectUri)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(pending.state())
                .nonce(pending.nonce())
                .codeChallenge(pending.verifier(), CodeChallengeMethod.S256);
        if (pending.area().level() != Loa.BASIC) {
            request.acrValues(List.of(new ACR(pending.area().level().acr())));
        }
        return request.build().toURI();
    }

    /** Finishes the sign-in EU Login answered at the redirect URI: the code redeemed, the ID token checked. */
    SignIn finish(AuthenticationResponse response, Pending pending) throws Refused {
        if (response.getIssuer() != null && !response.getIssuer().equals(provider.getIssuer())) {
            // RFC 9207: an answer another provider sent here is not this sign-in's.
            throw new Refused("the answer came from " + response.getIssuer() + ", not from " + provider.getIssuer());
        }
        if (!response.indicatesSuccess()) {
            throw new Refused("EU Login answered " + describe(response.toErrorResponse().getErrorObject()));
        }
        URI tokenEndpoint = provider.getTokenEndpointURI();
        try {
            TokenRequest request = new TokenRequest.Builder(tokenEndpoint,
                    new ClientSecretJWT(clientId, tokenEndpoint, JWSAlgorithm.HS256, secret),
                    new AuthorizationCodeGrant(response.toSuccessResponse().getAuthorizationCode(), redirectUri,
                            pending.verifier())).build();
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse answer = OIDCTokenResponseParser.parse(http.send());
            if (!answer.indicatesSuccess()) {
                throw new Refused("EU Login's token endpoint answered " + describe(answer.toErrorResponse().getErrorObject()));
            }
            IDTokenClaimsSet claims = idTokens.validate(
                    answer.toSuccessResponse().getTokens().toOIDCTokens().getIDToken(), pending.nonce());
            return accepted(claims, pending.area());
        } catch (BadJOSEException | JOSEException e) {
            throw new Refused("the ID token is not valid: " + e.getMessage(), e);
        } catch (ParseException | IOException e) {
            throw new Refused("EU Login's token endpoint could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The {@code acr} is checked here, not only asked for: {@code acr_values} is a request a
     * provider may answer with less, and an attacker may strip it from the address.
     */
    private static SignIn accepted(IDTokenClaimsSet claims, Area area) throws Refused, ParseException {
        String acr = claims.getACR() == null ? null : claims.getACR().getValue();
        Loa level = Loa.ofAcr(acr).orElseThrow(() -> new Refused("EU Login's level of assurance is unknown: " + acr));
        if (!level.atLeast(area.level())) {
            throw new Refused("the sign-in was at level " + level + "; " + area.title() + " needs " + area.level());
        }
        Map<String, String> shown = new LinkedHashMap<>();
        claims.toJWTClaimsSet().getClaims().forEach((name, value) -> shown.put(name, text(value)));
        return new SignIn(level, shown);
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return value instanceof java.util.Date date ? String.valueOf(date.toInstant()) : String.valueOf(value);
    }

    private static String describe(ErrorObject error) {
        return error.getCode() + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")");
    }
}
