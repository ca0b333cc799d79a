package lab.eulogin.idp.services;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The services that may sign in through EU Login, read from a YAML file (the format is in the
 * IdP's README; {@value #DEFAULT_RESOURCE} is the lab's own, with the demo services). An address
 * that no service claims gets no ticket and no redirect (FAQ SIGN-10).
 */
public final class ServiceRegistry {
    public static final String DEFAULT_RESOURCE = "services.yaml";
    private static final int MAX_URL_LENGTH = 2048;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<RegisteredService> services;

    public ServiceRegistry(List<RegisteredService> services) {
        this.services = List.copyOf(services);
    }

    /** The file at {@code path}, or the lab's own list when the path is null. */
    public static ServiceRegistry load(Path path) {
        if (path == null) {
            try (InputStream in = ServiceRegistry.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new ServiceRegistryException("The default service registry " + DEFAULT_RESOURCE + " is missing");
                }
                return parse(in.readAllBytes(), DEFAULT_RESOURCE);
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

    static ServiceRegistry parse(byte[] yaml, String source) {
        RegistryFile file;
        try {
            file = YAML.readValue(yaml, RegistryFile.class);
        } catch (JacksonException e) {
            throw new ServiceRegistryException(source + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ServiceRegistryException("Could not read " + source, e);
        }
        if (file == null || file.services() == null || file.services().isEmpty()) {
            throw new ServiceRegistryException(source + ": no services listed");
        }
        List<RegisteredService> services = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry entry : file.services()) {
            RegisteredService service = entry.toService(source);
            if (!ids.add(service.id())) {
                throw new ServiceRegistryException(source + ": the id '" + service.id() + "' is used twice");
            }
            services.add(service);
        }
        return new ServiceRegistry(services);
    }

    /** The first service, in the file's order, that claims this address. */
    public Optional<RegisteredService> find(String url) {
        if (url == null || url.length() > MAX_URL_LENGTH
                || !(url.startsWith("http://") || url.startsWith("https://"))
                || !url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            // Only plain addresses: a space, a line break or a non-ASCII letter has no place in a
            // service address a CAS client sends, and none may reach a Location header.
            return Optional.empty();
        }
        return services.stream().filter(s -> s.matches(url)).findFirst();
    }

    public Optional<RegisteredService> byId(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<RegisteredService> all() {
        return services;
    }

    record RegistryFile(List<Entry> services) {
    }

    record Url(String prefix, String regex) {
    }

    record Entry(String id, String name, List<Url> urls, String level, List<String> methods,
                 String smsRefusedAfter, Boolean alwaysAskAgain) {

        RegisteredService toService(String source) {
            String where = source + ", service '" + (id == null ? "?" : id) + "': ";
            if (id == null || id.isBlank()) {
                throw new ServiceRegistryException(source + ": a service has no id");
            }
            if (name == null || name.isBlank()) {
                throw new ServiceRegistryException(where + "no name to show on the sign-in page");
            }
            if (urls == null || urls.isEmpty()) {
                throw new ServiceRegistryException(where + "no urls");
            }
            List<ServicePattern> patterns = new ArrayList<>();
            for (Url url : urls) {
                patterns.add(pattern(url, where));
            }
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
                    Boolean.TRUE.equals(alwaysAskAgain));
        }

        private static ServicePattern pattern(Url url, String where) {
            if (url == null || (url.prefix() == null) == (url.regex() == null)) {
                throw new ServiceRegistryException(where + "each url needs either a prefix or a regex");
            }
            try {
                return url.prefix() != null
                        ? new ServicePattern.Prefix(url.prefix())
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
