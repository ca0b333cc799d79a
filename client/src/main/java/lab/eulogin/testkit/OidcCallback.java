package lab.eulogin.testkit;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Where EU Login sent the browser back to after an OpenID Connect authorization request: the
 * application's redirect URI with {@code code}, {@code state} and {@code iss}, or with an OAuth
 * {@code error}. Not opened: the test (or the application's own callback) redeems the code.
 *
 * @param address the whole address, for a client library to parse
 */
public record OidcCallback(URI address) {

    public OidcCallback {
        Objects.requireNonNull(address);
    }

    /** The authorization code; fails, saying what EU Login answered instead, when there is none. */
    public String code() {
        return parameter("code").orElseThrow(() -> new AssertionError("EU Login sent no code to " + address
                + error().map(e -> "; it answered " + e + parameter("error_description").map(d -> " (" + d + ")").orElse(""))
                        .orElse("")));
    }

    /** The {@code state} of the request, sent back unchanged; empty when the request had none. */
    public Optional<String> state() {
        return parameter("state");
    }

    /** The OAuth error, such as {@code login_required} or {@code access_denied}, when EU Login refused. */
    public Optional<String> error() {
        return parameter("error");
    }

    /** A parameter of the address's query, decoded. */
    public Optional<String> parameter(String name) {
        return queryParameter(address, name);
    }

    static Optional<String> queryParameter(URI address, String name) {
        String query = address.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (decode(key).equals(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
