package lab.eulogin.idp.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.http.Paths;

import java.util.List;

/** {@code /cas/oauth2/.well-known/openid-configuration}: what the provider offers, built by Nimbus. */
final class DiscoveryHandler {
    private static final List<ClientAuthenticationMethod> AUTH_METHODS = List.of(
            ClientAuthenticationMethod.CLIENT_SECRET_JWT, ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
            ClientAuthenticationMethod.CLIENT_SECRET_POST, ClientAuthenticationMethod.PRIVATE_KEY_JWT);

    private final OidcUrls urls;

    DiscoveryHandler(OidcUrls urls) {
        this.urls = urls;
    }

    HTTPResponse get(HttpServerExchange exchange) {
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(urls.issuer(), List.of(SubjectType.PUBLIC),
                urls.of(Paths.OIDC_JWKS));
        metadata.setAuthorizationEndpointURI(urls.of(Paths.OIDC_AUTHORIZE));
        metadata.setTokenEndpointURI(urls.of(Paths.OIDC_TOKEN));
        metadata.setIntrospectionEndpointURI(urls.of(Paths.OIDC_INTROSPECT));
        metadata.setUserInfoEndpointURI(urls.of(Paths.OIDC_USERINFO));
        metadata.setEndSessionEndpointURI(urls.of(Paths.OIDC_LOGOUT));
        metadata.setResponseTypes(List.of(ResponseType.CODE));
        metadata.setResponseModes(List.of(ResponseMode.QUERY));
        metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE));
        metadata.setScopes(new Scope("openid", "email", "profile"));
        metadata.setTokenEndpointAuthMethods(AUTH_METHODS);
        metadata.setTokenEndpointJWSAlgs(List.of(JWSAlgorithm.HS256, JWSAlgorithm.RS256, JWSAlgorithm.PS256,
                JWSAlgorithm.PS512));
        metadata.setIntrospectionEndpointAuthMethods(AUTH_METHODS);
        metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.PS512, JWSAlgorithm.RS256));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        metadata.setACRs(EuLoginClaims.supportedAcrs());
        metadata.setClaims(EuLoginClaims.supportedClaims());
        metadata.setSupportsClaimsParams(true);
        // The default, when it is left out, is true; request_uri is refused.
        metadata.setSupportsRequestURIParam(false);
        metadata.setSupportsAuthorizationResponseIssuerParam(true);
        HTTPResponse response = new HTTPResponse(HTTPResponse.SC_OK);
        response.setEntityContentType(com.nimbusds.common.contenttype.ContentType.APPLICATION_JSON);
        response.setBody(metadata.toJSONObject().toJSONString());
        return response;
    }
}
