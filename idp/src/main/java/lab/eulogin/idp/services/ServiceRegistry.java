package lab.eulogin.idp.services;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The services that may sign in through EU Login, read from a YAML file (the format is in the
 * IdP's README; {@value #DEFAULT_RESOURCE} is the lab's own, with the demo services). An address
 * that no service claims gets no ticket and no redirect (FAQ SIGN-10).
 */
public final class ServiceRegistry {
    public static final String DEFAULT_RESOURCE = "services.yaml";
    private static final int MAX_URL_LENGTH = 2048;
    private static final List<ClientAuthenticationMethod> AUTH_METHODS = List.of(
            ClientAuthenticationMethod.CLIENT_SECRET_JWT, ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
            ClientAuthenticationMethod.CLIENT_SECRET_POST, ClientAuthenticationMethod.PRIVATE_KEY_JWT);
    private static final List<JWSAlgorithm> ID_TOKEN_ALGORITHMS = List.of(JWSAlgorithm.PS512, JWSAlgorithm.RS256);
    private static final int MIN_JWT_SECRET_BYTES = 32;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<RegisteredService> services;

    public ServiceRegistry(List<RegisteredService> services) {
        this.services = List.copyOf(services);
    }

    /** The file at {@code path}, or the lab's own list when the path is null. */
    public static ServiceRegistry load(Path path) {
        if (path == null) {
            CodeSource idp = ServiceRegistry.class.getProtectionDomain().getCodeSource();
            try {
                URL own = labsOwn(ServiceRegistry.class.getClassLoader(), idp == null ? null : idp.getLocation());
                if (own == null) {
                    throw new ServiceRegistryException("The default service registry " + DEFAULT_RESOURCE + " is missing");
                }
                try (InputStream in = own.openStream()) {
                    return parse(in.readAllBytes(), DEFAULT_RESOURCE);
                }
            } catch (IOException e) {
                throw new ServiceRegistryException("Could not read " + DEFAULT_RESOURCE, e);
            }
        }
        try {
            return parse(Files.readAllBytes(path), path.toString());
        } catch (IOException e) {
            throw new ServiceRegistryException("Could not read the service registry " + path, e);
        }
    }

    /**
     * The lab's own registry: the {@value #DEFAULT_RESOURCE} of the IdP's jar or classes folder
     * ({@code idpLocation}), not the first on the class path. An application's tests that start the
     * lab in their JVM often have a services.yaml of their own at its root (src/test/resources), and
     * it comes first. Null when there is none.
     */
    static URL labsOwn(ClassLoader loader, URL idpLocation) throws IOException {
        List<URL> found = Collections.list(loader.getResources(DEFAULT_RESOURCE));
        if (idpLocation != null) {
            String location = idpLocation.toString();
            for (URL candidate : found) {
                String url = candidate.toString();
                if (url.startsWith(location) || url.startsWith("jar:" + location + "!/")) {
                    return candidate;
                }
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** A registry given as YAML; {@code source} names it in the messages of a refusal. */
    public static ServiceRegistry parse(byte[] yaml, String source) {
        RegistryFile file;
        try {
            file = YAML.readValue(yaml, RegistryFile.class);
        } catch (JacksonException e) {
            throw new ServiceRegistryException(source + ", " + mistake(e), e);
        } catch (IOException e) {
            throw new ServiceRegistryException("Could not read " + source, e);
        }
        if (file == null || file.services() == null || file.services().isEmpty()) {
            throw new ServiceRegistryException(source + ": no services listed");
        }
        List<RegisteredService> services = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> clientIds = new HashSet<>();
        for (Entry entry : file.services()) {
            RegisteredService service = entry.toService(source);
            if (!ids.add(service.id())) {
                throw new ServiceRegistryException(source + ": the id '" + service.id() + "' is used twice");
            }
            if (service.oidc() != null && !clientIds.add(service.oidc().clientId())) {
                throw new ServiceRegistryException(source + ", service '" + service.id() + "': the clientId '"
                        + service.oidc().clientId() + "' is used twice");
            }
            services.add(service);
        }
        return new ServiceRegistry(services);
    }

    /** The first service, in the file's order, that claims this address. */
    public Optional<RegisteredService> find(String url) {
        if (!plainAddress(url)) {
            return Optional.empty();
        }
        return services.stream().filter(s -> s.matches(url)).findFirst();
    }

    /**
     * Only plain addresses may be matched: a space, a line break or a non-ASCII letter has no place
     * in an address a client sends, and none may reach a Location header.
     */
    static boolean plainAddress(String url) {
        return url != null && url.length() <= MAX_URL_LENGTH
                && (url.startsWith("http://") || url.startsWith("https://"))
                && url.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The service registered as an OpenID Connect client with this {@code client_id}. */
    public Optional<RegisteredService> byClientId(String clientId) {
        return services.stream().filter(s -> s.oidc() != null && s.oidc().clientId().equals(clientId)).findFirst();
    }

    public Optional<RegisteredService> byId(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<RegisteredService> all() {
        return services;
    }

    /**
     * What is wrong in the file, as the person editing it needs it: the field, by its path in the
     * file, and what it must be. Jackson's own messages name the lab's Java classes and its parser's
     * tokens. (The line is given for broken YAML only: for a field, Jackson reports where the whole
     * service ends.)
     */
    private static String mistake(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + path(unknown) + "'; the fields there are " + unknown.getKnownPropertyIds();
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            Class<?> type = mismatch.getTargetType();
            String expected = type == null ? "of another kind"
                    : List.class.isAssignableFrom(type) ? "a list"
                    : type == String.class ? "a single value"
                    : type == Boolean.class ? "true or false"
                    : "a mapping of fields";
            return "'" + path(mismatch) + "' must be " + expected;
        }
        String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
        // The YAML parser's message, on one line: without the excerpt of the file it draws below.
        String said = Arrays.stream(String.valueOf(e.getOriginalMessage()).split("\n"))
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
        return where + "not valid YAML: " + said;
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining()).substring(1);
    }

    record RegistryFile(List<Entry> services) {
    }

    /**
     * One address form of the file: {@code {exact: ...}}, {@code {prefix: ...}} or {@code {regex: ...}};
     * a plain string stands for {@code {exact: ...}}.
     */
    record Url(String exact, String prefix, String regex) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Url exactly(String address) {
            return new Url(address, null, null);
        }
    }

    record Entry(String id, String name, List<Url> urls, String level, List<String> methods,
                 String smsRefusedAfter, Boolean alwaysAskAgain,
                 String clientId, String clientSecret, Map<String, Object> jwks, String tokenEndpointAuthMethod,
                 List<Url> redirectUris, List<Url> postLogoutRedirectUris, List<String> scopes, List<String> claims,
                 String idTokenSignedResponseAlg) {

        RegisteredService toService(String source) {
            String where = source + ", service '" + (id == null ? "?" : id) + "': ";
            if (id == null || id.isBlank()) {
                throw new ServiceRegistryException(source + ": a service has no id");
            }
            if (name == null || name.isBlank()) {
                throw new ServiceRegistryException(where + "no name to show on the sign-in page");
            }
            if ((urls == null || urls.isEmpty()) && clientId == null) {
                throw new ServiceRegistryException(where + "no urls (CAS) and no clientId (OpenID Connect)");
            }
            if (urls != null && urls.stream().anyMatch(url -> url != null && url.exact() != null)) {
                // Exact matching is for OpenID Connect's redirect URIs; a CAS service is asked with its pages' addresses.
                throw new ServiceRegistryException(where + "urls take a prefix or a regex; an exact address is for "
                        + "redirectUris and postLogoutRedirectUris");
            }
            List<ServicePattern> patterns = patterns(urls, where);
            AuthenticationLevel required = level == null ? AuthenticationLevel.BASIC
                    : AuthenticationLevel.parse(level).orElseThrow(() -> new ServiceRegistryException(
                    where + "level must be one of " + Arrays.toString(AuthenticationLevel.values()) + ", not " + level));
            List<Strength> accepted = methods == null ? List.of(Strength.values()) : methods.stream()
                    .map(m -> strength(m, where)).toList();
            if (required != AuthenticationLevel.HIGH && accepted.stream().noneMatch(m -> m.level().satisfies(required))) {
                throw new ServiceRegistryException(where + "none of its methods reaches its level " + required);
            }
            LocalDate smsDate;
            try {
                smsDate = smsRefusedAfter == null ? null : LocalDate.parse(smsRefusedAfter);
            } catch (DateTimeParseException e) {
                throw new ServiceRegistryException(where + "smsRefusedAfter must be a date such as 2025-06-30");
            }
            return new RegisteredService(id.strip(), name.strip(), patterns, required, accepted, smsDate,
                    Boolean.TRUE.equals(alwaysAskAgain), clientId == null ? null : oidcClient(where));
        }

        /** The OpenID Connect side, each mistake refused in one line naming the entry. */
        private OidcClient oidcClient(String where) {
            if (clientId.isBlank()) {
                throw new ServiceRegistryException(where + "clientId is empty");
            }
            ClientAuthenticationMethod method = tokenEndpointAuthMethod == null
                    ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                    : ClientAuthenticationMethod.parse(tokenEndpointAuthMethod.strip());
            if (!AUTH_METHODS.contains(method)) {
                throw new ServiceRegistryException(where + "tokenEndpointAuthMethod must be one of " + AUTH_METHODS
                        + ", not " + tokenEndpointAuthMethod);
            }
            JWKSet keys = null;
            boolean byKey = method.equals(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
            if (byKey ? clientSecret != null : jwks != null) {
                throw new ServiceRegistryException(where + (byKey ? "clientSecret" : "jwks") + " is not used with "
                        + method + "; remove it");
            }
            if (byKey) {
                keys = publicKeys(where);
            } else if (clientSecret == null || clientSecret.isBlank()) {
                throw new ServiceRegistryException(where + "clientSecret is needed with " + method);
            } else if (method.equals(ClientAuthenticationMethod.CLIENT_SECRET_JWT)
                    && clientSecret.getBytes(StandardCharsets.UTF_8).length < MIN_JWT_SECRET_BYTES) {
                throw new ServiceRegistryException(where + "with client_secret_jwt the clientSecret needs at least "
                        + MIN_JWT_SECRET_BYTES + " characters (HS256 takes a 256-bit key)");
            }
            if (redirectUris == null || redirectUris.isEmpty()) {
                throw new ServiceRegistryException(where + "no redirectUris");
            }
            List<String> allowedScopes = scopes == null ? List.of("openid", "email", "profile") : List.copyOf(scopes);
            if (!allowedScopes.contains("openid")) {
                throw new ServiceRegistryException(where + "scopes must include openid");
            }
            JWSAlgorithm alg = idTokenSignedResponseAlg == null ? JWSAlgorithm.PS512
                    : JWSAlgorithm.parse(idTokenSignedResponseAlg.strip());
            if (!ID_TOKEN_ALGORITHMS.contains(alg)) {
                throw new ServiceRegistryException(where + "idTokenSignedResponseAlg must be one of "
                        + ID_TOKEN_ALGORITHMS + ", not " + idTokenSignedResponseAlg);
            }
            return new OidcClient(clientId.strip(), clientSecret, keys, method, patterns(redirectUris, where),
                    patterns(postLogoutRedirectUris, where), allowedScopes,
                    claims == null ? List.of() : List.copyOf(claims), alg);
        }

        private JWKSet publicKeys(String where) {
            if (jwks == null) {
                throw new ServiceRegistryException(where + "jwks (the client's public keys) is needed with private_key_jwt");
            }
            JWKSet keys;
            try {
                keys = JWKSet.parse(jwks);
            } catch (java.text.ParseException e) {
                throw new ServiceRegistryException(where + "jwks is not a JWK set: " + e.getMessage());
            }
            if (keys.getKeys().isEmpty() || keys.getKeys().stream().anyMatch(JWK::isPrivate)) {
                throw new ServiceRegistryException(where + "jwks must hold the client's public keys, and only those");
            }
            return keys;
        }

        private static List<ServicePattern> patterns(List<Url> urls, String where) {
            List<ServicePattern> patterns = new ArrayList<>();
            for (Url url : urls == null ? List.<Url>of() : urls) {
                patterns.add(pattern(url, where));
            }
            return patterns;
        }

        private static ServicePattern pattern(Url url, String where) {
            long forms = url == null ? 0 : Stream.of(url.exact(), url.prefix(), url.regex()).filter(Objects::nonNull).count();
            if (forms != 1) {
                throw new ServiceRegistryException(where + "each address needs one of exact, prefix or regex");
            }
            try {
                return url.exact() != null ? new ServicePattern.Exact(url.exact())
                        : url.prefix() != null ? new ServicePattern.Prefix(url.prefix())
                        : new ServicePattern.Regex(Pattern.compile(url.regex()));
            } catch (IllegalArgumentException e) {
                String why = e instanceof PatternSyntaxException p ? "bad regex: " + p.getDescription() : e.getMessage();
                throw new ServiceRegistryException(where + why, e);
            }
        }

        private static Strength strength(String method, String where) {
            try {
                return Strength.valueOf(method.strip());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ServiceRegistryException(where + "unknown method " + method + "; methods are "
                        + Arrays.toString(Strength.values()));
            }
        }
    }
}
