package lab.eulogin.idp.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import io.undertow.server.HttpServerExchange;
import lab.eulogin.idp.signin.LoginFlow;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.http.Web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/oauth2/logout}: RP-initiated logout. Ends the single sign-on for every application,
 * CAS ones included, then goes back to {@code post_logout_redirect_uri} only when the client named
 * by a valid {@code id_token_hint} (or {@code client_id}) registered that address; otherwise EU
 * Login's "You have logged out" page.
 */
final class EndSessionHandler {
    private final Web web;
    private final LoginFlow flow;
    private final ServiceRegistry registry;
    private final SigningKeys keys;
    private final OidcUrls urls;

    EndSessionHandler(Web web, LoginFlow flow, ServiceRegistry registry, SigningKeys keys, OidcUrls urls) {
        this.web = web;
        this.flow = flow;
        this.registry = registry;
        this.keys = keys;
        this.urls = urls;
    }

    void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        flow.signOut(exchange, session);
        Optional<LogoutRequest> request;
        try {
            request = Optional.of(LogoutRequest.parse(NimbusRequests.query(exchange)));
        } catch (ParseException | OAuthProblem e) {
            // Logged out all the same; a request that cannot be read sends nobody anywhere.
            request = Optional.empty();
        }
        URI back = request.map(LogoutRequest::getPostLogoutRedirectionURI).orElse(null);
        Optional<RegisteredService> client = request.flatMap(this::client);
        if (back != null && client.isPresent() && client.get().oidc().allowsPostLogoutRedirectTo(back.toString())) {
            String target = back.toString();
            if (request.get().getState() != null) {
                target += (target.contains("?") ? "&" : "?") + "state="
                        + URLEncoder.encode(request.get().getState().getValue(), StandardCharsets.UTF_8);
            }
            Web.redirect(exchange, target);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        if (back != null || !Web.query(exchange, "post_logout_redirect_uri").isEmpty()) {
            model.put("message", "logout-service-unknown");
        }
        web.render(exchange, session, "logged-out", model);
    }

    /** The client the request names: by a hint this provider signed, or by client_id; both must agree. */
    private Optional<RegisteredService> client(LogoutRequest request) {
        Optional<String> byHint = Optional.ofNullable(request.getIDTokenHint()).flatMap(this::audienceOf);
        if (request.getIDTokenHint() != null && byHint.isEmpty()) {
            return Optional.empty();
        }
        String byId = request.getClientID() == null ? null : request.getClientID().getValue();
        if (byHint.isPresent() && byId != null && !byHint.get().equals(byId)) {
            return Optional.empty();
        }
        return registry.byClientId(byHint.orElse(byId));
    }

    /** The audience of an ID token this provider signed (expired or not, as the spec allows), else empty. */
    private Optional<String> audienceOf(JWT hint) {
        if (!(hint instanceof SignedJWT signed)) {
            return Optional.empty();
        }
        try {
            JWK key = keys.publicKeys().getKeyByKeyId(signed.getHeader().getKeyID());
            if (key == null || !signed.verify(new RSASSAVerifier(key.toRSAKey()))
                    || !urls.issuer().getValue().equals(signed.getJWTClaimsSet().getIssuer())) {
                return Optional.empty();
            }
            List<String> audience = signed.getJWTClaimsSet().getAudience();
            return audience.size() == 1 ? Optional.of(audience.get(0)) : Optional.empty();
        } catch (JOSEException | java.text.ParseException e) {
            return Optional.empty();
        }
    }
}
