package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;

/**
 * A refusal in OAuth's words (RFC 6749's error codes), thrown from anywhere in an endpoint and
 * turned into the JSON answer in one place ({@link OAuthJson}).
 */
final class OAuthProblem extends RuntimeException {
    private final transient ErrorObject error;

    OAuthProblem(ErrorObject error, String description) {
        super(description, null, false, false);
        this.error = error.setDescription(description);
    }

    ErrorObject error() {
        return error;
    }

    static OAuthProblem invalidRequest(String description) {
        return new OAuthProblem(OAuth2Error.INVALID_REQUEST, description);
    }

    static OAuthProblem invalidClient(String description) {
        return new OAuthProblem(OAuth2Error.INVALID_CLIENT, description);
    }

    static OAuthProblem invalidGrant(String description) {
        return new OAuthProblem(OAuth2Error.INVALID_GRANT, description);
    }
}
