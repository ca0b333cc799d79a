package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.openid.connect.sdk.UserInfoErrorResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.http.Paths;

import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/oauth2/userinfo}: the same claims as the ID token, for the bearer of an active access
 * token. (EU Login is said to keep UserInfo off by default and put everything in the ID token; the
 * lab serves it for the libraries that call it.) The token comes in the {@code Authorization} header
 * or a form body ({@code POST}, RFC 6750 2.1 and 2.2), never in the query.
 */
final class UserInfoHandler {
    private final AccessTokens tokens;
    private final AccountRepository accounts;
    private final OidcUrls urls;

    UserInfoHandler(AccessTokens tokens, AccountRepository accounts, OidcUrls urls) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.urls = urls;
    }

    HTTPResponse answer(HttpServerExchange exchange) {
        if (exchange.getQueryParameters().containsKey("access_token")) {
            // RFC 9700 4.3.2: a token in the address ends up in logs, histories and Referer headers.
            // Refused even beside a header, without looking at it (RFC 6750 3.1: one method only).
            return refusal(BearerTokenError.INVALID_REQUEST.setDescription(
                    "The access token must not be sent in the query: use the Authorization header"));
        }
        UserInfoRequest request;
        try {
            request = UserInfoRequest.parse(NimbusRequests.of(exchange, urls.of(Paths.OIDC_USERINFO)));
        } catch (ParseException e) {
            return new UserInfoErrorResponse(BearerTokenError.MISSING_TOKEN).toHTTPResponse();
        }
        Optional<AccessTokens.Issued> issued = tokens.find(request.getAccessToken().getValue());
        Optional<Account> account = issued.flatMap(i -> accounts.findById(i.grant().accountId()));
        if (account.isEmpty()) {
            return new UserInfoErrorResponse(BearerTokenError.INVALID_TOKEN).toHTTPResponse();
        }
        UserInfo info = new UserInfo(new Subject(account.get().uid()));
        Grant grant = issued.get().grant();
        for (Map.Entry<String, Object> claim : EuLoginClaims.about(account.get(), grant.scope(), grant.groups()).entrySet()) {
            info.setClaim(claim.getKey(), claim.getValue());
        }
        return new UserInfoSuccessResponse(info).toHTTPResponse();
    }

    /** RFC 6750's error in the {@code WWW-Authenticate} header, and as OAuth's JSON for clients that read the body. */
    private static HTTPResponse refusal(BearerTokenError error) {
        HTTPResponse response = OAuthJson.errorResponse(error);
        response.setHeader("WWW-Authenticate", error.toWWWAuthenticateHeader());
        return response;
    }
}
