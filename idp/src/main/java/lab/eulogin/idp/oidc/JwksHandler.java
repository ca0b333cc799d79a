package lab.eulogin.idp.oidc;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import io.undertow.server.HttpServerExchange;

/** {@code /cas/oauth2/jwks}: the public halves of the signing keys, the newest and those kept after a rotation. */
final class JwksHandler {
    private final SigningKeys keys;

    JwksHandler(SigningKeys keys) {
        this.keys = keys;
    }

    HTTPResponse get(HttpServerExchange exchange) {
        HTTPResponse response = new HTTPResponse(HTTPResponse.SC_OK);
        response.setEntityContentType(ContentType.APPLICATION_JSON);
        response.setBody(keys.publicKeys().toString());
        return response;
    }
}
