package org.example.oidcapp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the application starts: where it listens, and its OpenID Connect client as EU Login
 * registered it.
 *
 * @param host         the interface it binds to (127.0.0.1)
 * @param port         its port (8080; 0 takes a free one)
 * @param issuer       EU Login's issuer, e.g. https://ecas.ec.europa.eu/cas/oauth2, or a lab's; the
 *                     discovery document is read from {@code {issuer}/.well-known/openid-configuration}
 * @param clientId     its {@code client_id}
 * @param clientSecret its secret: it signs the {@code client_secret_jwt} assertion (32 characters or more)
 * @param scopes       what it asks for, {@code openid} first
 */
public record OidcAppConfig(String host, int port, String issuer, String clientId, String clientSecret,
                            List<String> scopes) {
    public static final List<String> DEFAULT_SCOPES = List.of("openid", "email", "profile");

    public OidcAppConfig {
        scopes = List.copyOf(scopes);
    }

    /** The default scopes. */
    public OidcAppConfig(String host, int port, String issuer, String clientId, String clientSecret) {
        this(host, port, issuer, clientId, clientSecret, DEFAULT_SCOPES);
    }

    /** The same client asking for other scopes. */
    public OidcAppConfig withScopes(String... asked) {
        return new OidcAppConfig(host, port, issuer, clientId, clientSecret, List.of(asked));
    }

    /**
     * Read from the environment: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (required),
     * OIDC_SCOPES (space-separated), APP_HOST, APP_PORT.
     */
    public static OidcAppConfig fromEnvironment() {
        return from(System.getenv());
    }

    static OidcAppConfig from(Map<String, String> env) {
        String issuer = required(env, "OIDC_ISSUER", "EU Login's issuer, e.g. https://ecas.ec.europa.eu/cas/oauth2");
        String clientId = required(env, "OIDC_CLIENT_ID", "the client id EU Login registered");
        String secret = required(env, "OIDC_CLIENT_SECRET", "the client's secret");
        List<String> scopes = env.containsKey("OIDC_SCOPES")
                ? Arrays.stream(env.get("OIDC_SCOPES").trim().split("\\s+")).toList()
                : DEFAULT_SCOPES;
        String port = env.getOrDefault("APP_PORT", "8080");
        try {
            return new OidcAppConfig(env.getOrDefault("APP_HOST", "127.0.0.1"), Integer.parseInt(port), issuer,
                    clientId, secret, scopes);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("APP_PORT must be a port number, not '" + port + "'");
        }
    }

    private static String required(Map<String, String> env, String name, String what) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Set " + name + " to " + what);
        }
        return value;
    }
}
