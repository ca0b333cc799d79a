package lab.eulogin.idp.oidc;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.OIDCClaimsRequest;
import com.nimbusds.openid.connect.sdk.OIDCError;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.ClaimRequirement;
import com.nimbusds.openid.connect.sdk.claims.ClaimsSetRequest;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.EmailAddresses;
import lab.eulogin.idp.signin.LoginFlow;
import lab.eulogin.idp.services.OidcClient;
import lab.eulogin.idp.services.RegisteredService;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.BrowserSession;
import lab.eulogin.idp.sessions.LoginRequest;
import lab.eulogin.idp.sessions.SsoSession;
import lab.eulogin.idp.http.Paths;
import lab.eulogin.idp.http.Web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /cas/oauth2/authorize}: the authorization code flow's front door. The client and its
 * redirect URI are checked first; while either is unknown the answer is a page, never a redirect.
 * Then Nimbus parses the request, and every other refusal goes back to the redirect URI as an
 * OAuth error. A good request becomes a {@link LoginRequest} and goes through the same sign-in
 * pages, second factors and single sign-on as CAS's ({@link LoginFlow#arrive}).
 */
final class AuthorizeHandler {
    private final Web web;
    private final LoginFlow flow;
    private final ServiceRegistry registry;
    private final AuthorizationCodes codes;
    private final AccountRepository accounts;
    private final IdTokenHints hints;
    private final OidcUrls urls;
    private final Clock clock;

    AuthorizeHandler(Web web, LoginFlow flow, ServiceRegistry registry, AuthorizationCodes codes,
                     AccountRepository accounts, IdTokenHints hints, OidcUrls urls, Clock clock) {
        this.web = web;
        this.flow = flow;
        this.registry = registry;
        this.codes = codes;
        this.accounts = accounts;
        this.hints = hints;
        this.urls = urls;
        this.clock = clock;
    }

    void get(HttpServerExchange exchange) {
        BrowserSession session = web.session(exchange);
        if (exchange.getQueryString().length() > NimbusRequests.MAX_BYTES) {
            // Nothing of it is echoed to any address: a page says what is wrong.
            refuse(exchange, session, "oidc-request-too-large", exchange.getQueryString().length() + " bytes");
            return;
        }
        String clientId = Web.query(exchange, "client_id");
        Optional<RegisteredService> service = registry.byClientId(clientId);
        if (service.isEmpty()) {
            refuse(exchange, session, "oidc-client-unknown", clientId);
            return;
        }
        OidcClient client = service.get().oidc();
        String redirectUri = Web.query(exchange, "redirect_uri");
        if (!client.allowsRedirectTo(redirectUri)) {
            refuse(exchange, session, "oidc-redirect-uri-unknown", redirectUri);
            return;
        }
        URI redirect = URI.create(redirectUri);
        State state = Web.query(exchange, "state").isEmpty() ? null : new State(Web.query(exchange, "state"));
        AuthenticationRequest request;
        try {
            request = AuthenticationRequest.parse(NimbusRequests.query(exchange));
        } catch (ParseException e) {
            ErrorObject error = e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST;
            redirectError(exchange, redirect, error.setDescription(e.getMessage()), state);
            return;
        } catch (OAuthProblem problem) {
            redirectError(exchange, redirect, problem.error(), state);
            return;
        }
        ErrorObject problem = problem(request, client);
        if (problem != null) {
            redirectError(exchange, redirect, problem, request.getState());
            return;
        }
        Optional<Account> hinted;
        try {
            hinted = hintedPerson(request.getIDTokenHint());
        } catch (OAuthProblem refused) {
            redirectError(exchange, redirect, refused.error(), request.getState());
            return;
        }
        String loginHint = request.getLoginHint() == null ? "" : EmailAddresses.normalise(request.getLoginHint());
        Optional<SsoSession> sso = flow.sso(exchange);
        Optional<Account> signedIn = sso.flatMap(s -> accounts.findById(s.accountId()));
        Instant now = clock.instant();
        Prompt prompt = request.getPrompt();
        boolean none = prompt != null && prompt.contains(Prompt.Type.NONE);
        boolean tooOld = request.getMaxAge() >= 0 && sso.isPresent()
                && sso.get().authenticatedAt().plusSeconds(request.getMaxAge()).isBefore(now);
        if (none && (signedIn.isEmpty() || tooOld || !hintsName(signedIn.get(), hinted, loginHint))) {
            // prompt=none: no page may show, and a sign-in is needed, of the person the hints name (OIDC Core
            // 3.1.2.1). Answered alike whether nobody or somebody else is signed in: a client learns no more.
            redirectError(exchange, redirect, OIDCError.LOGIN_REQUIRED, request.getState());
            return;
        }
        // An id_token_hint of someone other than the person signed in: that person signs in (the single
        // sign-on of another does not answer), their address filled in; the code is for them only.
        boolean someoneElse = hinted.isPresent() && signedIn.isPresent() && hinted.get().id() != signedIn.get().id();
        boolean renew = (prompt != null && prompt.contains(Prompt.Type.LOGIN)) || tooOld || someoneElse;
        AuthenticationLevel level = AuthenticationLevel.strongest(
                EuLoginClaims.level(request.getACRValues()).orElse(AuthenticationLevel.BASIC),
                EuLoginClaims.level(acrClaimed(request)).orElse(AuthenticationLevel.BASIC));
        String boxHint = hinted.map(Account::email).orElse(loginHint.isEmpty() ? null : loginHint);
        CodeAnswer answer = new CodeAnswer(codes, clock, urls.issuer(), client.clientId(), redirect,
                request.getState(), request.getNonce(), request.getScope(), request.getCodeChallenge(),
                groupsAsked(request, client), hinted.map(Account::id).orElse(null));
        LoginRequest login = new LoginRequest(redirectUri, service.get().id(), service.get().name(), renew, none,
                level, now, boxHint, answer);
        if (!flow.arrive(exchange, session, login)) {
            Web.redirect(exchange, Paths.LOGIN);
        }
    }

    /**
     * The person an {@code id_token_hint} names; empty without one. Refused when it is not an ID token
     * of this provider, and when the account it names is gone, as nobody can sign in as that person.
     */
    private Optional<Account> hintedPerson(JWT idTokenHint) {
        if (idTokenHint == null) {
            return Optional.empty();
        }
        IdTokenHints.Hint hint = hints.verified(idTokenHint)
                .orElseThrow(() -> OAuthProblem.invalidRequest("id_token_hint is not an ID token of this provider"));
        return Optional.of(accounts.findByUid(hint.subject()).orElseThrow(() -> new OAuthProblem(
                OIDCError.LOGIN_REQUIRED, "The person id_token_hint names has no account")));
    }

    /**
     * Whether the request's hints, where it has any, name this account: an {@code id_token_hint} by
     * its {@code sub}, a {@code login_hint} by the address one signs in with, as the sign-in box takes it.
     */
    private static boolean hintsName(Account account, Optional<Account> hinted, String loginHint) {
        return hinted.map(h -> h.id() == account.id()).orElse(true)
                && (loginHint.isEmpty() || loginHint.equals(account.email()));
    }

    /** What is wrong with a well-formed request for this client, in OAuth's words; null when nothing. */
    private static ErrorObject problem(AuthenticationRequest request, OidcClient client) {
        if (!request.getResponseType().equals(ResponseType.CODE)) {
            return OAuth2Error.UNSUPPORTED_RESPONSE_TYPE
                    .setDescription("Only the authorization code flow (response_type=code) is offered");
        }
        if (request.getResponseMode() != null && !request.getResponseMode().equals(ResponseMode.QUERY)) {
            return OAuth2Error.INVALID_REQUEST.setDescription("Only response_mode=query is offered");
        }
        Scope asked = request.getScope();
        for (Scope.Value value : asked) {
            if (!client.scopes().contains(value.getValue())) {
                return OAuth2Error.INVALID_SCOPE.setDescription("The scope " + value + " is not allowed for this client");
            }
        }
        if (request.getCodeChallenge() != null
                && !CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod())) {
            return OAuth2Error.INVALID_REQUEST.setDescription("PKCE takes code_challenge_method=S256 only");
        }
        if (essentialAcrUnmet(request)) {
            return OIDCError.UNMET_AUTHENTICATION_REQUIREMENTS.setDescription(
                    "No acr asked as essential is one of EU Login's levels " + EuLoginClaims.supportedAcrs());
        }
        if (request.getRequestObject() != null || request.getRequestURI() != null) {
            return OAuth2Error.REQUEST_NOT_SUPPORTED.setDescription("Request objects are not supported");
        }
        return null;
    }

    /**
     * The {@code acr} values asked through the {@code claims} parameter, which ask for a level as
     * {@code acr_values} do (OIDC Core 5.5.1.1).
     */
    private static List<ACR> acrClaimed(AuthenticationRequest request) {
        ClaimsSetRequest.Entry acr = acrEntry(request);
        List<String> values = acr == null ? null
                : acr.getValuesAsListOfStrings() != null ? acr.getValuesAsListOfStrings()
                : acr.getValueAsString() != null ? List.of(acr.getValueAsString()) : null;
        return values == null ? List.of() : values.stream().map(ACR::new).toList();
    }

    /** An {@code acr} asked as essential whose values name no level of EU Login's cannot be met. */
    private static boolean essentialAcrUnmet(AuthenticationRequest request) {
        ClaimsSetRequest.Entry acr = acrEntry(request);
        List<ACR> values = acrClaimed(request);
        return acr != null && acr.getClaimRequirement() == ClaimRequirement.ESSENTIAL
                && !values.isEmpty() && EuLoginClaims.level(values).isEmpty();
    }

    private static ClaimsSetRequest.Entry acrEntry(AuthenticationRequest request) {
        OIDCClaimsRequest claims = request.getOIDCClaims();
        return claims == null || claims.getIDTokenClaimsRequest() == null ? null
                : claims.getIDTokenClaimsRequest().get("acr");
    }

    /** EU Login's groups, only when the {@code claims} parameter asks for them and the client may have them. */
    private static boolean groupsAsked(AuthenticationRequest request, OidcClient client) {
        OIDCClaimsRequest claims = request.getOIDCClaims();
        if (claims == null || !client.claims().contains(EuLoginClaims.GROUPS)) {
            return false;
        }
        return asks(claims.getIDTokenClaimsRequest()) || asks(claims.getUserInfoClaimsRequest());
    }

    private static boolean asks(ClaimsSetRequest request) {
        return request != null && request.get(EuLoginClaims.GROUPS) != null;
    }

    private void redirectError(HttpServerExchange exchange, URI redirect, ErrorObject error, State state) {
        Web.redirect(exchange, new AuthenticationErrorResponse(redirect, error, state, urls.issuer(), ResponseMode.QUERY)
                .toURI().toString());
    }

    /** A request that cannot be answered at the redirect URI: a page saying why, and no redirect. */
    private void refuse(HttpServerExchange exchange, BrowserSession session, String message, String value) {
        web.render(exchange, session, StatusCodes.BAD_REQUEST, "login-request-invalid",
                Map.of("message", message, "value", value.length() > 300 ? value.substring(0, 300) + "…" : value));
    }
}
