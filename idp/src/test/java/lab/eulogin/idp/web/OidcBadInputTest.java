package lab.eulogin.idp.web;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static lab.eulogin.idp.web.OidcRefusalsTest.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input on the JSON endpoints gets OAuth's error JSON and a 4xx, never a 500 or a stack trace. */
class OidcBadInputTest extends OidcTestBase {

    @Test
    void a_malformed_client_assertion_is_a_clear_error() {
        HTTPResponse answer = post("/cas/oauth2/token", "grant_type=authorization_code&code=x&redirect_uri="
                + enc(services.url("/jwt-app/callback")) + "&client_id=jwt-app"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=not.a.jwt");
        assertOAuthError(answer, 400, "invalid_request");
        assertThat(answer.getBody()).contains("client_assertion").doesNotContain("Exception");
    }

    @Test
    void a_body_that_is_not_a_form_is_refused() {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create(idp.baseUrl() + "/cas/oauth2/token"));
        basicAuth(BASIC).applyTo(request);
        request.setEntityContentType(ContentType.APPLICATION_JSON);
        request.setBody("{\"grant_type\":\"authorization_code\"}");
        assertOAuthError(send(request), 400, "invalid_request");
    }

    @Test
    void missing_fields_are_named() {
        HTTPResponse noGrant = post("/cas/oauth2/token", "code=abc");
        assertThat(noGrant.getStatusCode()).isEqualTo(400);
        assertThat(noGrant.getBody()).contains("invalid_request").contains("grant_type");
        HTTPResponse noToken = postAs("/cas/oauth2/token/introspect", "");
        assertOAuthError(noToken, 400, "invalid_request");
    }

    @Test
    void huge_parameters_are_refused_before_they_are_read() {
        String huge = "x".repeat(100_000);
        assertOAuthError(post("/cas/oauth2/token", "grant_type=authorization_code&code=" + huge), 400, "invalid_request");
        assertOAuthError(getJson("/cas/oauth2/userinfo?padding=" + huge), 400, "invalid_request");

        browser.get(authorization(BASIC).with(b -> b.customParameter("padding", huge)).url());
        assertThat(browser.last().statusCode()).isEqualTo(400);
        assertThat(browser.last().body()).contains("data-msg=\"oidc-request-too-large\"");
        assertThat(browser.last().uri().toString()).startsWith(idp.baseUrl());
    }

    @Test
    void an_unknown_grant_type_is_unsupported_grant_type() {
        assertOAuthError(postAs("/cas/oauth2/token", "grant_type=client_credentials"), 400, "unsupported_grant_type");
    }

    @Test
    void a_forged_id_token_hint_proves_nothing_and_sends_nobody_anywhere() {
        account("ana@example.eu", AccountKind.EXTERNAL);
        signInAt(browser, myRemote, "ana@example.eu");
        String back = enc(services.url("/basic-app/"));
        browser.get("/cas/oauth2/logout?id_token_hint=eyJhbGciOiJub25lIn0.e30.&post_logout_redirect_uri=" + back);
        assertThat(browser.page()).as("asked, not logged out").isEqualTo("logout-confirm");
        browser.get("/cas/oauth2/logout?id_token_hint=garbage&post_logout_redirect_uri=" + back);
        assertThat(browser.page()).isEqualTo("logout-confirm");

        browser.post("/cas/oauth2/logout/confirm", browser.hiddenFields());
        assertThat(browser.page()).isEqualTo("logged-out");
        assertThat(browser.last().body()).contains("data-msg=\"logout-service-unknown\"");
        // Nobody signed in now: nothing to ask, and still nowhere to go.
        browser.get("/cas/oauth2/logout?id_token_hint=garbage&post_logout_redirect_uri=" + back);
        assertThat(browser.page()).isEqualTo("logged-out");
    }

    private HTTPResponse post(String path, String body) {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create(idp.baseUrl() + path));
        request.setEntityContentType(ContentType.APPLICATION_URLENCODED);
        request.setBody(body);
        return send(request);
    }

    /** A form post authenticated as basic-app. */
    private HTTPResponse postAs(String path, String body) {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create(idp.baseUrl() + path));
        request.setEntityContentType(ContentType.APPLICATION_URLENCODED);
        basicAuth(BASIC).applyTo(request);
        request.setBody(body);
        return send(request);
    }

    private HTTPResponse getJson(String path) {
        return send(new HTTPRequest(HTTPRequest.Method.GET, URI.create(idp.baseUrl() + path)));
    }
}
