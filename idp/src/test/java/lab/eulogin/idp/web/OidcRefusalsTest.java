package lab.eulogin.idp.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretJWT;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal in OAuth's words, and never a redirect to an address the client did not register. */
class OidcRefusalsTest extends OidcTestBase {
    private static final String ANA = "ana@example.eu";

    @BeforeEach
    void ana() {
        account(ANA, AccountKind.EXTERNAL);
    }

    @Test
    void an_unknown_client_gets_a_page_and_no_redirect() {
        Authorization request = authorization(new ClientID("nobody"));
        TestBrowser other = new TestBrowser(idp.baseUrl());
        other.get(request.url());
        assertThat(other.last().statusCode()).isEqualTo(400);
        assertThat(other.page()).isEqualTo("login-request-invalid");
        assertThat(other.last().body()).contains("data-msg=\"oidc-client-unknown\"")
                .as("no protocol words in the message")
                .doesNotContainPattern("data-msg=\"oidc-client-unknown\">[^<]*client_id");
        assertThat(other.last().uri().toString()).startsWith(idp.baseUrl());
    }

    @Test
    void a_redirect_uri_the_client_did_not_register_gets_a_page_and_no_redirect() {
        Authorization request = authorization(BASIC).with(b -> b.redirectionURI(URI.create(
                services.url("/basic-app/elsewhere"))));
        browser.get(request.url());
        assertThat(browser.last().statusCode()).isEqualTo(400);
        assertThat(browser.last().body()).contains("data-msg=\"oidc-redirect-uri-unknown\"");
        assertThat(browser.last().uri().toString()).startsWith(idp.baseUrl());
    }

    @Test
    void an_unsupported_response_type_goes_back_as_an_error() {
        Authorization request = authorization(BASIC).with(b -> b.responseType(ResponseType.IDTOKEN));
        browser.get(request.url());
        assertThat(errorAt(request).getCode()).isEqualTo("unsupported_response_type");
    }

    @Test
    void a_scope_the_client_may_not_ask_goes_back_as_invalid_scope() {
        Authorization request = authorization(BASIC).with(b -> b.scope(new Scope("openid", "phone")));
        browser.get(request.url());
        assertThat(errorAt(request).getCode()).isEqualTo("invalid_scope");
    }

    @Test
    void pkce_plain_is_refused() {
        Authorization request = authorization(BASIC).with(b -> b.codeChallenge(new CodeVerifier(), CodeChallengeMethod.PLAIN));
        browser.get(request.url());
        ErrorObject error = errorAt(request);
        assertThat(error.getCode()).isEqualTo("invalid_request");
        assertThat(error.getDescription()).contains("S256");
    }

    @Test
    void a_wrong_or_missing_pkce_verifier_is_refused() {
        Authorization request = authorization(BASIC);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        HTTPResponse wrong = send(new com.nimbusds.oauth2.sdk.TokenRequest(metadata().getTokenEndpointURI(),
                basicAuth(BASIC), new com.nimbusds.oauth2.sdk.AuthorizationCodeGrant(code, request.redirectUri,
                new CodeVerifier())).toHTTPRequest());
        assertOAuthError(wrong, 400, "invalid_grant");

        Authorization again = authorization(BASIC);
        browser.get(again.url());
        AuthorizationCode second = landedCode(browser, again);
        HTTPResponse missing = send(new com.nimbusds.oauth2.sdk.TokenRequest(metadata().getTokenEndpointURI(),
                basicAuth(BASIC), new com.nimbusds.oauth2.sdk.AuthorizationCodeGrant(second, again.redirectUri))
                .toHTTPRequest());
        assertOAuthError(missing, 400, "invalid_grant");
    }

    @Test
    void a_code_used_twice_is_refused_and_the_tokens_from_it_are_revoked() throws Exception {
        Authorization request = authorization(BASIC);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        AccessToken token = tokens(request, code).getOIDCTokens().getAccessToken();
        assertThat(introspect(token).indicatesSuccess()).isTrue();
        assertThat(introspect(token).toSuccessResponse().isActive()).isTrue();

        assertOAuthError(redeem(request, code, basicAuth(BASIC)), 400, "invalid_grant");
        assertThat(introspect(token).toSuccessResponse().isActive()).as("revoked").isFalse();
        HTTPRequest userInfo = new HTTPRequest(HTTPRequest.Method.GET, metadata().getUserInfoEndpointURI());
        userInfo.setAuthorization(token.toAuthorizationHeader());
        assertThat(send(userInfo).getStatusCode()).isEqualTo(401);
    }

    @Test
    void a_code_expires_after_sixty_seconds_on_the_lab_clock() {
        Authorization request = authorization(BASIC);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        clock.advance(Duration.ofSeconds(61));
        HTTPResponse late = redeem(request, code, basicAuth(BASIC));
        assertOAuthError(late, 400, "invalid_grant");
        assertThat(late.getBody()).contains("expired");
    }

    @Test
    void a_code_is_only_for_the_client_it_was_issued_to_and_its_redirect_uri() {
        Authorization request = authorization(BASIC);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        assertOAuthError(redeem(request, code, basicAuth(STRONG)), 400, "invalid_grant");
    }

    @Test
    void wrong_client_authentication_is_refused_with_401() {
        Authorization request = authorization(BASIC);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        HTTPResponse wrong = redeem(request, code, new ClientSecretBasic(BASIC, new Secret("not-the-secret")));
        assertOAuthError(wrong, 401, "invalid_client");
        assertThat(wrong.getHeaderValue("WWW-Authenticate")).startsWith("Basic");
        // The registered method only: client_secret_jwt is refused for a client_secret_basic client.
        HTTPResponse otherMethod = redeem(request, code, jwtAssertion(BASIC));
        assertOAuthError(otherMethod, 401, "invalid_client");
    }

    @Test
    void a_client_assertion_works_once() {
        ClientSecretJWT assertion = jwtAssertion(JWT);
        Authorization first = authorization(JWT);
        tokens(redeem(first, signInWithOidc(browser, first, ANA), assertion));

        Authorization second = authorization(JWT);
        browser.get(second.url());
        HTTPResponse replayed = redeem(second, landedCode(browser, second), assertion);
        assertOAuthError(replayed, 401, "invalid_client");
    }

    @Test
    void a_client_assertion_without_a_jti_living_long_or_for_several_audiences_is_refused() throws Exception {
        Authorization request = authorization(JWT);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        String endpoint = metadata().getTokenEndpointURI().toString();
        Map<String, JWTClaimsSet> refused = Map.of(
                "jti", assertionClaims(endpoint).jwtID(null).build(),
                "within 10 minutes", assertionClaims(endpoint)
                        .expirationTime(Date.from(clock.instant().plus(Duration.ofDays(3650)))).build(),
                "one audience", assertionClaims(endpoint)
                        .audience(List.of(endpoint, "https://elsewhere.example/token")).build());
        for (Map.Entry<String, JWTClaimsSet> claims : refused.entrySet()) {
            HTTPResponse answer = redeem(request, code, assertion(claims.getValue()));
            assertOAuthError(answer, 401, "invalid_client");
            assertThat(ErrorObject.parse(answer).getDescription()).contains(claims.getKey());
        }
        // The code was left unused by the refusals: a well-made assertion redeems it.
        tokens(redeem(request, code, assertion(assertionClaims(endpoint).build())));
    }

    @Test
    void introspection_tells_a_client_about_its_own_tokens_only() throws Exception {
        Authorization request = authorization(BASIC);
        AccessToken token = tokens(request, signInWithOidc(browser, request, ANA)).getOIDCTokens().getAccessToken();
        TokenIntrospectionResponse byOther = TokenIntrospectionResponse.parse(send(new TokenIntrospectionRequest(
                metadata().getIntrospectionEndpointURI(), new ClientSecretPost(POST, new Secret(SECRET)), token)
                .toHTTPRequest()));
        assertThat(byOther.toSuccessResponse().isActive()).isFalse();
        assertThat(byOther.toSuccessResponse().toJSONObject()).doesNotContainKey("email");
        assertThat(introspect(token).toSuccessResponse().isActive()).isTrue();
    }

    @Test
    void an_expired_client_assertion_is_refused_on_the_lab_clock() {
        Authorization request = authorization(JWT);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        ClientSecretJWT assertion = jwtAssertion(JWT);
        // Nimbus's assertions live five minutes.
        clock.advance(Duration.ofMinutes(6));
        HTTPResponse late = redeem(request, code, assertion);
        assertOAuthError(late, 401, "invalid_client");
        assertThat(ErrorObject.parse(late).getDescription()).contains("expired");
    }

    @Test
    void introspection_answers_registered_clients_only() throws Exception {
        Authorization request = authorization(BASIC);
        AccessToken token = tokens(request, signInWithOidc(browser, request, ANA)).getOIDCTokens().getAccessToken();
        HTTPResponse stranger = send(new TokenIntrospectionRequest(metadata().getIntrospectionEndpointURI(),
                new ClientSecretBasic(new ClientID("stranger"), new Secret(SECRET)), token).toHTTPRequest());
        assertOAuthError(stranger, 401, "invalid_client");
        HTTPResponse anonymous = send(new TokenIntrospectionRequest(metadata().getIntrospectionEndpointURI(), token)
                .toHTTPRequest());
        assertOAuthError(anonymous, 401, "invalid_client");
    }

    @Test
    void a_client_id_in_the_body_naming_another_client_than_the_one_authenticated_is_refused() {
        Authorization request = authorization(BASIC);
        AuthorizationCode code = signInWithOidc(browser, request, ANA);
        assertOAuthError(redeemNaming(request, code, basicAuth(BASIC), STRONG), 401, "invalid_client");
        assertOAuthError(redeemNaming(request, code, jwtAssertion(JWT), BASIC), 401, "invalid_client");
        // The refusals left the code unused; naming the client that authenticates is no disagreement.
        tokens(redeemNaming(request, code, basicAuth(BASIC), BASIC));
    }

    @Test
    void a_client_id_naming_another_client_is_refused_by_introspection_too() throws Exception {
        Authorization request = authorization(BASIC);
        AccessToken token = tokens(request, signInWithOidc(browser, request, ANA)).getOIDCTokens().getAccessToken();
        HTTPRequest http = new TokenIntrospectionRequest(metadata().getIntrospectionEndpointURI(), basicAuth(BASIC),
                token).toHTTPRequest();
        http.setBody(http.getBody() + "&client_id=" + POST.getValue());
        assertOAuthError(send(http), 401, "invalid_client");
    }

    @Test
    void userinfo_refuses_an_access_token_in_the_query_and_takes_it_in_the_header_or_a_form_body() throws Exception {
        Authorization request = authorization(BASIC);
        AccessToken token = tokens(request, signInWithOidc(browser, request, ANA)).getOIDCTokens().getAccessToken();
        URI endpoint = metadata().getUserInfoEndpointURI();
        URI inQuery = URI.create(endpoint + "?access_token=" + token.getValue());
        HTTPRequest alone = new HTTPRequest(HTTPRequest.Method.GET, inQuery);
        HTTPRequest besideTheHeader = new HTTPRequest(HTTPRequest.Method.GET, inQuery);
        besideTheHeader.setAuthorization(token.toAuthorizationHeader());
        HTTPRequest posted = new HTTPRequest(HTTPRequest.Method.POST, inQuery);
        posted.setEntityContentType(com.nimbusds.common.contenttype.ContentType.APPLICATION_URLENCODED);
        posted.setBody("");
        for (HTTPRequest refused : List.of(alone, besideTheHeader, posted)) {
            HTTPResponse answer = send(refused);
            assertOAuthError(answer, 400, "invalid_request");
            assertThat(answer.getHeaderValue("WWW-Authenticate")).startsWith("Bearer")
                    .contains("error=\"invalid_request\"");
            assertThat(answer.getBody()).doesNotContain(token.getValue());
        }

        HTTPRequest header = new HTTPRequest(HTTPRequest.Method.GET, endpoint);
        header.setAuthorization(token.toAuthorizationHeader());
        assertThat(send(header).getBodyAsJSONObject()).containsEntry("email", ANA);
        HTTPRequest form = new HTTPRequest(HTTPRequest.Method.POST, endpoint);
        form.setEntityContentType(com.nimbusds.common.contenttype.ContentType.APPLICATION_URLENCODED);
        form.setBody("access_token=" + token.getValue());
        assertThat(send(form).getBodyAsJSONObject()).containsEntry("email", ANA);
    }

    /** The code redeemed with a {@code client_id} in the body beside the client's own authentication. */
    private HTTPResponse redeemNaming(Authorization request, AuthorizationCode code,
                                      com.nimbusds.oauth2.sdk.auth.ClientAuthentication auth, ClientID named) {
        HTTPRequest http = new com.nimbusds.oauth2.sdk.TokenRequest(metadata().getTokenEndpointURI(), auth,
                new com.nimbusds.oauth2.sdk.AuthorizationCodeGrant(code, request.redirectUri, request.verifier))
                .toHTTPRequest();
        http.setBody(http.getBody() + "&client_id=" + named.getValue());
        return send(http);
    }

    private ClientSecretJWT jwtAssertion(ClientID client) {
        try {
            return new ClientSecretJWT(client, metadata().getTokenEndpointURI(), JWSAlgorithm.HS256, new Secret(SECRET));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Nimbus puts in an assertion of jwt-app's, for a test to change one thing of. */
    private JWTClaimsSet.Builder assertionClaims(String audience) {
        return new JWTClaimsSet.Builder().issuer(JWT.getValue()).subject(JWT.getValue()).audience(audience)
                .expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(2))))
                .jwtID(UUID.randomUUID().toString());
    }

    private static ClientSecretJWT assertion(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET));
        return new ClientSecretJWT(jwt);
    }

    private TokenIntrospectionResponse introspect(AccessToken token) throws Exception {
        return TokenIntrospectionResponse.parse(send(new TokenIntrospectionRequest(
                metadata().getIntrospectionEndpointURI(), basicAuth(BASIC), token).toHTTPRequest()));
    }

    /** The error the browser brought back to the client's registered redirect URI. */
    private ErrorObject errorAt(Authorization request) {
        AuthenticationResponse answer = landedAnswer(browser, request);
        assertThat(answer.indicatesSuccess()).isFalse();
        assertThat(browser.last().uri().getQuery()).contains("iss=" + idp.baseUrl() + "/cas/oauth2");
        return answer.toErrorResponse().getErrorObject();
    }

    static void assertOAuthError(HTTPResponse response, int status, String code) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaderValue("Content-Type")).startsWith("application/json");
        assertThat(ErrorObject.parse(response).getCode()).isEqualTo(code);
    }
}
