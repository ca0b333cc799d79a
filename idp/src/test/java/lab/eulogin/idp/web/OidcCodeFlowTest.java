package lab.eulogin.idp.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.auth.ClientSecretJWT;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.openid.connect.sdk.OIDCClaimsRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.claims.ClaimsSetRequest;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The authorization code flow end to end, each client authentication method, PS512 and RS256. */
class OidcCodeFlowTest extends OidcTestBase {
    private static final String ANA = "ana@example.eu";

    @BeforeEach
    void ana() {
        account(ANA, AccountKind.EXTERNAL);
    }

    @Test
    void discovery_names_eu_logins_paths_under_the_issuer_and_what_it_offers() {
        OIDCProviderMetadata metadata = metadata();
        String issuer = idp.baseUrl() + "/cas/oauth2";
        assertThat(metadata.getIssuer().getValue()).isEqualTo(issuer);
        assertThat(metadata.getAuthorizationEndpointURI()).isEqualTo(URI.create(issuer + "/authorize"));
        assertThat(metadata.getTokenEndpointURI()).isEqualTo(URI.create(issuer + "/token"));
        assertThat(metadata.getIntrospectionEndpointURI()).isEqualTo(URI.create(issuer + "/token/introspect"));
        assertThat(metadata.getJWKSetURI()).isEqualTo(URI.create(issuer + "/jwks"));
        assertThat(metadata.getUserInfoEndpointURI()).isEqualTo(URI.create(issuer + "/userinfo"));
        assertThat(metadata.getEndSessionEndpointURI()).isEqualTo(URI.create(issuer + "/logout"));
        assertThat(metadata.getIDTokenJWSAlgs()).containsExactly(JWSAlgorithm.PS512, JWSAlgorithm.RS256);
        assertThat(metadata.getCodeChallengeMethods()).containsExactly(CodeChallengeMethod.S256);
        assertThat(metadata.getGrantTypes()).containsExactly(GrantType.AUTHORIZATION_CODE);
        assertThat(metadata.getTokenEndpointAuthMethods()).contains(ClientAuthenticationMethod.CLIENT_SECRET_JWT,
                ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST,
                ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        assertThat(metadata.supportsClaimsParam()).isTrue();
    }

    @Test
    void the_sign_in_box_names_the_client_and_the_id_token_carries_eu_logins_claims() {
        Authorization request = authorization(BASIC);
        browser.get(request.url());
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.last().body()).contains("data-field=\"service-name\">Basic App</strong>");

        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        OIDCTokenResponse tokens = tokens(request, code);
        assertThat(tokens.getOIDCTokens().getIDToken().getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.PS512);
        IDTokenClaimsSet claims = validated(tokens.getOIDCTokens().getIDToken(), request, JWSAlgorithm.PS512);

        assertThat(claims.getSubject().getValue()).isEqualTo(idp.accountAdmin().find(ANA).orElseThrow().uid());
        assertThat(claims.getStringClaim("email")).isEqualTo(ANA);
        assertThat(claims.getStringClaim("given_name")).isEqualTo("Ana");
        assertThat(claims.getStringClaim("family_name")).isEqualTo("Pérez");
        assertThat(claims.getStringClaim("https://ecas.ec.europa.eu/claims/domain")).isEqualTo("external");
        assertThat(claims.getClaim("https://ecas.ec.europa.eu/claims/groups")).as("only when asked").isNull();
        assertThat(claims.getACR().getValue()).isEqualTo("https://ecas.ec.europa.eu/loa/basic");
        assertThat(claims.getAMR()).extracting(Object::toString).containsExactly("pwd");
        assertThat(claims.getAuthenticationTime()).isNotNull();
        assertThat(claims.getSessionID()).isNotNull();
        assertThat(tokens.getOIDCTokens().getAccessToken().getLifetime()).isEqualTo(3600);
    }

    @Test
    void eu_logins_groups_come_only_when_asked_through_the_claims_parameter() {
        Authorization request = authorization(BASIC).with(b -> b.claims(new OIDCClaimsRequest()
                .withIDTokenClaimsRequest(new ClaimsSetRequest().add("https://ecas.ec.europa.eu/claims/groups"))));
        IDTokenClaimsSet claims = validated(tokens(request, signInWithOidc(browser, request, ANA))
                .getOIDCTokens().getIDToken(), request, JWSAlgorithm.PS512);
        assertThat(claims.getStringListClaim("https://ecas.ec.europa.eu/claims/groups")).containsExactly("EXTERNAL");
    }

    @Test
    void client_secret_post_with_an_rs256_client() throws Exception {
        Authorization request = authorization(POST);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        OIDCTokenResponse tokens = tokens(redeem(request, code, new ClientSecretPost(POST, new Secret(SECRET))));
        assertThat(tokens.getOIDCTokens().getIDToken().getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        validated(tokens.getOIDCTokens().getIDToken(), request, JWSAlgorithm.RS256);
    }

    @Test
    void client_secret_jwt_as_eu_logins_registrations_use_it() throws Exception {
        Authorization request = authorization(JWT);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        ClientSecretJWT assertion = new ClientSecretJWT(JWT, metadata().getTokenEndpointURI(), JWSAlgorithm.HS256,
                new Secret(SECRET));
        validated(tokens(redeem(request, code, assertion)).getOIDCTokens().getIDToken(), request, JWSAlgorithm.PS512);
    }

    @Test
    void private_key_jwt_with_the_registered_public_key() throws Exception {
        Authorization request = authorization(KEY);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        PrivateKeyJWT assertion = new PrivateKeyJWT(KEY, metadata().getTokenEndpointURI(), JWSAlgorithm.RS256,
                CLIENT_KEY.toRSAPrivateKey(), CLIENT_KEY.getKeyID(), null);
        SignedJWT idToken = (SignedJWT) tokens(redeem(request, code, assertion)).getOIDCTokens().getIDToken();
        assertThat(validated(idToken, request, JWSAlgorithm.PS512).getAudience()).extracting(Object::toString)
                .containsExactly("key-app");
    }
}
