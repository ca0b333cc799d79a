package lab.eulogin.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

/**
 * One entry of the lab's service registry (the format of {@code services.yaml}, see the README's
 * "Service registry"), for the extension's builder to write: the applications that may sign in.
 *
 * <pre>{@code
 * LabService.named("our-app", "Our application").onAnyLocalPort("/our-app").level(AuthenticationLevel.MEDIUM)
 * }</pre>
 */
public final class LabService {
    private final String id;
    private final String name;
    private final List<Map<String, String>> urls = new ArrayList<>();
    private AuthenticationLevel level;
    private List<Strength> methods;
    private boolean alwaysAskAgain;
    private String smsRefusedAfter;

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
        return urlRegex("^http://(localhost|127\\.0\\.0\\.1):[0-9]+" + Pattern.quote(clean) + "(/.*)?$");
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

    /** The entry as the registry's YAML has it. */
    Map<String, Object> entry() {
        if (urls.isEmpty()) {
            throw new IllegalStateException("The service " + id + " claims no address: give it urlPrefix, urlRegex or onAnyLocalPort");
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("name", name);
        entry.put("urls", urls);
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
        return entry;
    }
}
