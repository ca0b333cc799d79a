package lab.eulogin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
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
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.testkit.LabService.TokenEndpointAuthMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An application that signs in with EU Login's OpenID Connect, as a team's test would have it: the
 * client registered through the builder, a Nimbus client reading the discovery document, the kit
 * signing in on EU Login's pages, the test redeeming the code. The application itself never runs:
 * its callback is only an address.
 */
class OidcSignInTest {
    private static final String CALLBACK = "http://127.0.0.1:8080/our-portal/callback";
    private static final ClientID CLIENT = new ClientID("our-portal");
    private static final Secret SECRET = new Secret("our-portal-secret-of-32-characters-or-more");

    @RegisterExtension
    static final EuLoginLabExtension LAB = EuLoginLabExtension.newInstance()
            .service(LabService.named("our-portal", "Our portal")
                    .clientId(CLIENT.getValue())
                    .clientSecret(SECRET.getValue())
                    .tokenEndpointAuthMethod(TokenEndpointAuthMethod.CLIENT_SECRET_JWT)
                    .redirectUri(CALLBACK)
                    .level(AuthenticationLevel.MEDIUM))
            .build();

    private OIDCProviderMetadata provider;
    private final State state = new State();
    private final Nonce nonce = new Nonce();
    private final CodeVerifier verifier = new CodeVerifier();

    @BeforeEach
    void readTheDiscoveryDocument(LabRuntimeInfo lab) throws Exception {
        provider = OIDCProviderMetadata.parse(
                new HTTPRequest(HTTPRequest.Method.GET, URI.create(lab.oidcDiscoveryUrl())).send().getBody());
    }

    @Test
    void a_client_of_the_builder_gets_a_code_after_the_sms_and_an_id_token_of_the_labs_issuer(
            LabKit kit, LabRuntimeInfo lab, HttpBrowser browser) throws Exception {
        TestAccount ana = kit.newAccount().mobilePhone("+32470123456").create();

        OidcCallback back = kit.signInOidcWithSms(browser, authorizationRequest(), ana);

        assertThat(back.address().toString()).startsWith(CALLBACK + "?");
        assertThat(back.state()).contains(state.getValue());
        assertThat(back.parameter("iss")).contains(lab.oidcIssuer());
        assertThat(browser.went()).as("the callback was not opened").noneMatch(uri -> uri.toString().startsWith(CALLBACK));
        AuthenticationResponse parsed = AuthenticationResponseParser.parse(back.address());
        assertThat(parsed.toSuccessResponse().getAuthorizationCode().getValue()).isEqualTo(back.code());

        IDTokenClaimsSet claims = redeem(new AuthorizationCode(back.code()));

        assertThat(provider.getIssuer()).isEqualTo(new Issuer(lab.oidcIssuer()));
        assertThat(claims.getIssuer()).isEqualTo(new Issuer(lab.oidcIssuer()));
        assertThat(claims.getStringClaim("email")).isEqualTo(ana.email());
        assertThat(claims.getACR().getValue()).isEqualTo("https://ecas.ec.europa.eu/loa/medium");
    }

    @Test
    void signed_in_already_the_browser_is_sent_back_at_once_without_a_page(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().mobilePhone("+32470123456").create();
        kit.signInOidcWithSms(browser, authorizationRequest(), ana);
        AtomicInteger pagesWalked = new AtomicInteger();

        OidcCallback again = kit.signInOidc(browser, authorizationRequest(), b -> {
            pagesWalked.incrementAndGet();
            return b;
        });

        assertThat(again.code()).isNotBlank();
        assertThat(pagesWalked).as("single sign-on answered").hasValue(0);
    }

    @Test
    void a_refusal_at_the_redirect_uri_is_handed_back_and_its_code_fails_saying_why(LabKit kit, HttpBrowser browser) {
        String badScope = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "not-a-scope"), CLIENT, URI.create(CALLBACK))
                .endpointURI(provider.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI().toString();

        OidcCallback refused = kit.signInOidc(browser, badScope, kit.newAccount().create());

        assertThat(refused.error()).contains("invalid_scope");
        assertThatThrownBy(refused::code).isInstanceOf(AssertionError.class)
                .hasMessageContaining("EU Login sent no code to " + CALLBACK).hasMessageContaining("it answered invalid_scope");
    }

    @Test
    void a_redirect_uri_the_client_did_not_register_fails_naming_the_page_shown(LabKit kit, HttpBrowser browser) {
        String elsewhere = authorizationRequest().replace("8080", "8081");

        assertThatThrownBy(() -> kit.signInOidc(browser, elsewhere, kit.newAccount().create()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("'login-request-invalid'");
    }

    private String authorizationRequest() {
        return new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "email", "profile"), CLIENT, URI.create(CALLBACK))
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI().toString();
    }

    /** What the application's callback does: the code for tokens, the ID token checked against the discovery document's keys. */
    private IDTokenClaimsSet redeem(AuthorizationCode code) throws Exception {
        TokenRequest request = new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretJWT(CLIENT, provider.getTokenEndpointURI(), JWSAlgorithm.HS256, SECRET),
                new AuthorizationCodeGrant(code, URI.create(CALLBACK), verifier));
        TokenResponse answer = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        assertThat(answer.indicatesSuccess()).as(String.valueOf(answer)).isTrue();
        OIDCTokens tokens = answer.toSuccessResponse().getTokens().toOIDCTokens();
        return new IDTokenValidator(provider.getIssuer(), CLIENT, JWSAlgorithm.PS512, provider.getJWKSetURI().toURL())
                .validate(tokens.getIDToken(), nonce);
    }
}
