package lab.eulogin.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.nimbusds.jose.jwk.JWKSet;

import lab.eulogin.idp.services.ServicePattern;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

/**
 * One entry of the lab's service registry (the format of {@code services.yaml}, see the README's
 * "Service registry"), for the extension's builder to write: the applications that may sign in.
 *
 * <p>A CAS service claims the addresses of its pages; an OpenID Connect client (the IdP's README,
 * "OpenID Connect") has a client id, a way to authenticate at the token endpoint and its redirect
 * URIs. A service may be both. Mistakes are refused when the service is given to the extension's
 * builder, with the same rules as the IdP's, rather than when the lab starts.
 *
 * <pre>{@code
 * LabService.named("our-app", "Our application").onAnyLocalPort("/our-app").level(AuthenticationLevel.MEDIUM)
 *
 * LabService.named("our-portal", "Our portal")
 *         .clientId("our-portal")
 *         .clientSecret("a-secret-of-32-characters-or-more-for-hs256")
 *         .tokenEndpointAuthMethod(TokenEndpointAuthMethod.CLIENT_SECRET_JWT)
 *         .redirectUri("http://localhost:8080/oidc/callback")
 * }</pre>
 */
public final class LabService {
    /** HS256, which {@code client_secret_jwt} signs with, takes a key of 256 bits: the IdP refuses less. */
    private static final int MIN_JWT_SECRET_BYTES = 32;
    private static final String ANY_LOCAL_PORT = "^http://(localhost|127\\.0\\.0\\.1):[0-9]+";

    /** How an OpenID Connect client authenticates at the token endpoint: the four methods the lab accepts. */
    public enum TokenEndpointAuthMethod {
        /** The id and secret in HTTP Basic (the IdP's default). */
        CLIENT_SECRET_BASIC,
        /** The id and secret in the form body. */
        CLIENT_SECRET_POST,
        /** An assertion signed with the secret (HS256), as EU Login's own registrations do. */
        CLIENT_SECRET_JWT,
        /** An assertion signed with the client's private key; the IdP holds its public keys. */
        PRIVATE_KEY_JWT;

        /** The name OAuth gives it, e.g. {@code client_secret_jwt}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean usesSecret() {
            return this != PRIVATE_KEY_JWT;
        }
    }

    /** How the IdP signs the client's ID tokens. */
    public enum IdTokenAlgorithm {
        /** EU Login's, the default. */
        PS512,
        RS256
    }

    private final String id;
    private final String name;
    private final List<Map<String, String>> urls = new ArrayList<>();
    private AuthenticationLevel level;
    private List<Strength> methods;
    private boolean alwaysAskAgain;
    private String smsRefusedAfter;
    private String clientId;
    private String clientSecret;
    private JWKSet clientKeys;
    private TokenEndpointAuthMethod authMethod;
    private final List<Object> redirectUris = new ArrayList<>();
    private final List<Object> postLogoutRedirectUris = new ArrayList<>();
    private List<String> scopes;
    private List<String> claims;
    private IdTokenAlgorithm idTokenAlgorithm;

    private LabService(String id, String name) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
    }

    /** @param name shown on EU Login's sign-in page as the application asking */
    public static LabService named(String id, String name) {
        return new LabService(id, name);
    }

    /** Addresses starting with this one (with a path), e.g. {@code https://ci.example.eu/our-app/}. */
    public LabService urlPrefix(String prefix) {
        urls.add(Map.of("prefix", prefix));
        return this;
    }

    /** Addresses matching this regular expression as a whole. */
    public LabService urlRegex(String regex) {
        urls.add(Map.of("regex", regex));
        return this;
    }

    /** {@code http://localhost} or {@code http://127.0.0.1} on any port, under this path: for an application started on a free port. */
    public LabService onAnyLocalPort(String path) {
        String clean = path.startsWith("/") ? path : "/" + path;
        clean = clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
        return urlRegex(ANY_LOCAL_PORT + Pattern.quote(clean) + "(/.*)?$");
    }

    /** BASIC (the default), MEDIUM (a second factor) or HIGH. */
    public LabService level(AuthenticationLevel value) {
        this.level = value;
        return this;
    }

    /** The ways of signing in it accepts; default all four. */
    public LabService methods(Strength... accepted) {
        this.methods = Arrays.asList(accepted);
        return this;
    }

    /** The password every time, even when signed in already (FAQ SIGN-09). */
    public LabService alwaysAskAgain() {
        this.alwaysAskAgain = true;
        return this;
    }

    /** The last day it accepts SMS, e.g. 2025-06-30 (FAQ SMS-07). */
    public LabService smsRefusedAfter(String isoDate) {
        this.smsRefusedAfter = isoDate;
        return this;
    }

    // ---- OpenID Connect

    /** Makes it an OpenID Connect client with this {@code client_id} (unique in the registry). */
    public LabService clientId(String value) {
        this.clientId = requireText(value, "clientId");
        return this;
    }

    /** Its secret, for the {@code client_secret_*} methods; 32 characters or more for {@code client_secret_jwt}. */
    public LabService clientSecret(String value) {
        this.clientSecret = requireText(value, "clientSecret");
        return this;
    }

    /**
     * For {@code private_key_jwt}: the client's keys. Only their public halves are registered, so the
     * client's own key pair may be given as it is.
     */
    public LabService clientKeys(JWKSet keys) {
        this.clientKeys = Objects.requireNonNull(keys).toPublicJWKSet();
        return this;
    }

    /** How it authenticates at the token endpoint; default {@code client_secret_basic}. */
    public LabService tokenEndpointAuthMethod(TokenEndpointAuthMethod value) {
        this.authMethod = Objects.requireNonNull(value);
        return this;
    }

    /**
     * A redirect URI, as its exact address (the recommended form: only this address, character for
     * character, receives codes), e.g. {@code https://ci.example.eu/our-portal/oidc/callback}.
     */
    public LabService redirectUri(String exactAddress) {
        redirectUris.add(exact(exactAddress));
        return this;
    }

    /**
     * {@code http://localhost} or {@code http://127.0.0.1} on any port, at exactly this path: the
     * callback of an application started on a free port, e.g. {@code redirectUriOnAnyLocalPort("/oidc/callback")}.
     */
    public LabService redirectUriOnAnyLocalPort(String path) {
        return redirectUriRegex(anyLocalPortAt(path));
    }

    /** Redirect URIs matching this regular expression as a whole, for addresses that cannot be known in advance. */
    public LabService redirectUriRegex(String regex) {
        redirectUris.add(regex(regex));
        return this;
    }

    /** Where the IdP's end-session may send the browser back to, as an exact address. */
    public LabService postLogoutRedirectUri(String exactAddress) {
        postLogoutRedirectUris.add(exact(exactAddress));
        return this;
    }

    /** As {@link #redirectUriOnAnyLocalPort}, for the address end-session sends the browser back to. */
    public LabService postLogoutRedirectUriOnAnyLocalPort(String path) {
        return postLogoutRedirectUriRegex(anyLocalPortAt(path));
    }

    /** Post-logout addresses matching this regular expression as a whole. */
    public LabService postLogoutRedirectUriRegex(String regex) {
        postLogoutRedirectUris.add(regex(regex));
        return this;
    }

    /** The scopes it may ask for; default {@code openid email profile}. {@code openid} must be among them. */
    public LabService scopes(String... allowed) {
        this.scopes = List.of(allowed);
        return this;
    }

    /** EU Login's claims it may ask for with the {@code claims} parameter, e.g. {@code https://ecas.ec.europa.eu/claims/groups}. */
    public LabService claims(String... allowed) {
        this.claims = List.of(allowed);
        return this;
    }

    /** How its ID tokens are signed; default PS512, as EU Login's. */
    public LabService idTokenAlgorithm(IdTokenAlgorithm value) {
        this.idTokenAlgorithm = Objects.requireNonNull(value);
        return this;
    }

    private static String anyLocalPortAt(String path) {
        return ANY_LOCAL_PORT + Pattern.quote(path.startsWith("/") ? path : "/" + path) + "$";
    }

    /** The registry's plain-string form of an exact address, checked now with the IdP's own rule. */
    private String exact(String address) {
        try {
            return new ServicePattern.Exact(address).address();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The service " + id + ": " + e.getMessage(), e);
        }
    }

    private Map<String, String> regex(String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("The service " + id + ": not a regular expression (" + e.getDescription()
                    + "): " + regex, e);
        }
        return Map.of("regex", regex);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " cannot be empty");
        }
        return value;
    }

    /** The entry as the registry's YAML has it. */
    Map<String, Object> entry() {
        if (urls.isEmpty() && clientId == null) {
            throw mistake("claims no address and has no clientId: give it urlPrefix, urlRegex or onAnyLocalPort "
                    + "(CAS), or a clientId (OpenID Connect)");
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("name", name);
        if (!urls.isEmpty()) {
            entry.put("urls", urls);
        }
        if (level != null) {
            entry.put("level", level.name());
        }
        if (methods != null) {
            entry.put("methods", methods.stream().map(Strength::name).toList());
        }
        if (smsRefusedAfter != null) {
            entry.put("smsRefusedAfter", smsRefusedAfter);
        }
        if (alwaysAskAgain) {
            entry.put("alwaysAskAgain", true);
        }
        if (clientId != null) {
            entry.putAll(oidcEntry());
        } else if (clientSecret != null || clientKeys != null || authMethod != null || !redirectUris.isEmpty()
                || !postLogoutRedirectUris.isEmpty() || scopes != null || claims != null || idTokenAlgorithm != null) {
            throw mistake("has OpenID Connect settings but no clientId; give it one");
        }
        return entry;
    }

    /** The OpenID Connect fields, each mistake the IdP would refuse at start refused here first. */
    private Map<String, Object> oidcEntry() {
        TokenEndpointAuthMethod method = authMethod == null ? TokenEndpointAuthMethod.CLIENT_SECRET_BASIC : authMethod;
        if (method.usesSecret()) {
            if (clientSecret == null) {
                throw mistake("needs a clientSecret with " + method.value());
            }
            if (clientKeys != null) {
                throw mistake("clientKeys are for private_key_jwt, not " + method.value() + "; remove them");
            }
            if (method == TokenEndpointAuthMethod.CLIENT_SECRET_JWT
                    && clientSecret.getBytes(StandardCharsets.UTF_8).length < MIN_JWT_SECRET_BYTES) {
                throw mistake("with client_secret_jwt the clientSecret needs at least " + MIN_JWT_SECRET_BYTES
                        + " characters (HS256 takes a 256-bit key)");
            }
        } else {
            if (clientSecret != null) {
                throw mistake("a clientSecret is not used with private_key_jwt; remove it");
            }
            if (clientKeys == null || clientKeys.getKeys().isEmpty()) {
                throw mistake("needs clientKeys (public ones) with private_key_jwt");
            }
        }
        if (redirectUris.isEmpty()) {
            throw mistake("has no redirect URI: give it redirectUri (an exact address) or redirectUriOnAnyLocalPort");
        }
        if (scopes != null && !scopes.contains("openid")) {
            throw mistake("its scopes must include openid, not only " + scopes);
        }
        Map<String, Object> oidc = new LinkedHashMap<>();
        oidc.put("clientId", clientId);
        if (clientSecret != null) {
            oidc.put("clientSecret", clientSecret);
        }
        if (clientKeys != null) {
            oidc.put("jwks", clientKeys.toJSONObject(true));
        }
        oidc.put("tokenEndpointAuthMethod", method.value());
        oidc.put("redirectUris", redirectUris);
        if (!postLogoutRedirectUris.isEmpty()) {
            oidc.put("postLogoutRedirectUris", postLogoutRedirectUris);
        }
        if (scopes != null) {
            oidc.put("scopes", scopes);
        }
        if (claims != null) {
            oidc.put("claims", claims);
        }
        if (idTokenAlgorithm != null) {
            oidc.put("idTokenSignedResponseAlg", idTokenAlgorithm.name());
        }
        return oidc;
    }

    private IllegalStateException mistake(String what) {
        return new IllegalStateException("The service " + id + " " + what);
    }
}
